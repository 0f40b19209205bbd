import TableroCore

/// Every fixed label of the dashboard. The glossary's figures come first
/// (GLOSSARY.md), then what the dashboard needs beyond it. Each language is
/// an exhaustive switch over these cases, so a label missing in either
/// language does not compile.
public enum LabelKey: String, Sendable, CaseIterable {
    // MARK: glossary: figures
    case queue
    case waitingNow
    case longestWait
    case averageWait
    case serviceLevel
    case abandonRate
    case firstResponse
    case handleTime
    case resolutionTime
    case firstContactResolution
    case agents
    case satisfaction
    case csat
    case nps
    case promoters
    case passives
    case detractors
    case ces
    case retentionRate
    case churn
    case clv
    case personnel
    case training
    case technology
    case overhead
    case otherCost
    case upsell
    case crossSell
    case savedCarts
    case clvUplift
    case referrals
    case retentionBenefit
    case totalCost
    case benefit
    case netBenefit
    case roi
    case returnPerCost
    case attribution
    case acquisitionMultiple
    case whatIf
    case baseline
    case scenario
    case difference
    case breakEven
    case forecast
    case chanceOfWaiting
    case occupancy
    case agentsNeeded
    case windowToday
    case window7Days
    case window30Days
    case windowAll
    case dataQuality
    // MARK: beyond the glossary: more figures
    case offered
    case answered
    case abandoned
    case shortAbandoned
    case waitP50
    case waitP90
    case waitP95
    case responses
    case lifespan
    case arrivalsPerHour
    case traffic
    case unstable
    case targetRetention
    case channel
    case loading
    case asOf
    case files
    case rows
    case rejected
    case orphans
    case unclosed
    case errors
    // MARK: pane titles
    case trend
    case asaByHour
    case byQueue
    case byChannel
    // MARK: live and async work, alerts
    case byClass
    case liveWork
    case asyncWork
    case openCount
    case oldest
    case alerts
    case noAlerts
    case levelWarning
    case levelCritical
    // MARK: call-backs
    case recentAbandons
    case abandonTime
    case waited
    case abandonCause
    case callerID
    case retention
    case help
    // MARK: what-if sliders
    case sliderPersonnel
    case sliderTraining
    case sliderTechnology
    case sliderOverhead
    case sliderAgents
    case sliderRetention
    case sliderAcquisitionMultiple
    case sliderAttribution
    case unitAgents
    case unitPoints
    // MARK: key help (actions; the keys themselves are the app's)
    case keysTitle
    case keyQuit
    case keyWindow
    case keyNextPane
    case keyChooseSlider
    case keyChangeValue
    case keyReset
    case keyHelp
    // MARK: named scenarios (`s` saves, `L` loads)
    case keySaveScenario
    case keyLoadScenario
    case keyChoose
    case keyCancel
    case saveScenarioTitle
    case loadScenarioTitle
    case scenarioNameField
    case scenarioNameRule
    case noSavedScenarios
    // MARK: `report` (its text tables)
    case reportTitle
    case retentionWhatIf
    case acquisitionAvoided
    case breakEvenRetention
    case retentionForTarget
    case stable
    case yes
    case noUnstable
    case dailyTrend
    case date
    case file
    case kind   // also the data-quality view's column
    case noDataFiles

    /// The label of each cost category (every one has its own; tested).
    static let costs: [CostCategory: LabelKey] = [
        .personnel: .personnel, .training: .training, .technology: .technology, .overhead: .overhead, .other: .otherCost,
    ]

    /// The label of each benefit kind (every one has its own; tested).
    static let benefits: [BenefitKind: LabelKey] = [
        .upsell: .upsell, .crossSell: .crossSell, .savedCarts: .savedCarts, .clvUplift: .clvUplift,
        .referrals: .referrals, .retention: .retentionBenefit, .other: .otherCost,
    ]
}
