import TableroCore

/// Words of the supervisor's floor (agent states), in English and Spanish. A table of its own so the main
/// label table stays the glossary's.
public enum FloorWord: Sendable, CaseIterable {
    case agentsTitle, agent, state, since, timeInState, reason, queues, loggedIn
    case available, onContact, wrapUp, paused, loggedOut
}

extension Labels {
    public subscript(floor word: FloorWord) -> String {
        switch language {
        case .english: Self.englishFloor(word)
        case .spanish: Self.spanishFloor(word)
        }
    }

    /// The word of an agent's state.
    public func state(_ activity: AgentActivity) -> String {
        switch activity {
        case .available: self[floor: .available]
        case .onContact: self[floor: .onContact]
        case .wrapUp: self[floor: .wrapUp]
        case .paused: self[floor: .paused]
        case .loggedOut: self[floor: .loggedOut]
        }
    }

    private static func englishFloor(_ w: FloorWord) -> String {
        switch w {
        case .agentsTitle: "Agents"
        case .agent: "Agent"
        case .state: "State"
        case .since: "Since"
        case .timeInState: "For"
        case .reason: "Reason"
        case .queues: "Queues"
        case .loggedIn: "Logged in"
        case .available: "free"
        case .onContact: "on call"
        case .wrapUp: "wrap-up"
        case .paused: "paused"
        case .loggedOut: "logged out"
        }
    }

    private static func spanishFloor(_ w: FloorWord) -> String {
        switch w {
        case .agentsTitle: "Agentes"
        case .agent: "Agente"
        case .state: "Estado"
        case .since: "Desde"
        case .timeInState: "Durante"
        case .reason: "Motivo"
        case .queues: "Colas"
        case .loggedIn: "Conectados"
        case .available: "libre"
        case .onContact: "en llamada"
        case .wrapUp: "posllamada"
        case .paused: "en pausa"
        case .loggedOut: "desconectado"
        }
    }
}
