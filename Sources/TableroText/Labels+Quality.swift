/// Labels of the quality, feedback and referral figures and of the
/// worst-to-best comparison (issue 14), English and Spanish.
extension Labels {
    private func pick(_ en: String, _ es: String) -> String { language == .english ? en : es }

    public var iqs: Label { language == .english ? Label("Internal quality score (IQS)", short: "IQS")
        : Label("Índice de calidad interna (IQS)", short: "IQS") }
    public var reviews: String { pick("Reviews", "Evaluaciones") }
    public var qualityTitle: String { pick("Quality", "Calidad") }
    public var byAgent: String { pick("By agent", "Por agente") }
    public var byCriterion: String { pick("By criterion", "Por criterio") }
    public var comments: String { pick("Comments", "Comentarios") }
    public var feedbackResponse: Label { language == .english ? Label("Comments answered", short: "Answered")
        : Label("Comentarios respondidos", short: "Respondidos") }
    public var feedbackResponseTime: String { pick("Time to answer", "Tiempo de respuesta") }
    public var referralRate: Label { language == .english ? Label("Referral rate", short: "Referrals")
        : Label("Tasa de recomendación", short: "Recomend.") }
    public var loyalty: Label { language == .english ? Label("Loyalty programme", short: "Loyalty")
        : Label("Programa de fidelización", short: "Fidelización") }
    public var channelMix: String { pick("Mix", "Reparto") }
    public var comparisonTitle: String { pick("Worst to best", "Del peor al mejor") }
    public var stableWord: String { pick("stable", "estable") }
    public var unstableWord: String { pick("unstable", "inestable") }
}
