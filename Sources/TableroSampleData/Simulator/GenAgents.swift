import Foundation

/// One agent of the simulated centre: a name (UTF-8, accents included, so
/// readers and the terminal get exercised), skills and a shift.
struct GenAgent {
    var name: String
    var csvName: [UInt8]        // pre-quoted CSV bytes: written millions of times
    var homeQueue: Int
    var secondQueue: Int
    var shiftStart: Int         // local hour
    var shiftHours: Int
    var daysOff: (Int, Int)     // Calendar weekdays (1 = Sunday)
    var traits: GenAgentTraits  // pace, and a skill that nudges first contact resolution and survey mood
}

/// The roster, and per day who is on duty at each local hour for each queue.
struct GenRoster {
    let agents: [GenAgent]

    static let firstNames = [
        "Ana", "Luis", "María", "José", "Lucía", "Carlos", "Sofía", "Javier", "Elena", "Miguel",
        "Camila", "Diego", "Valentina", "Andrés", "Paula", "Jorge", "Isabel", "Tomás", "Marta", "Raúl",
        "Inés", "Álvaro", "Noemí", "Sergio", "Beatriz", "Iván", "Laura", "Héctor", "Julia", "Óscar",
        "Chloé", "Joaquín", "Mónica", "Renée", "Bruno", "Daniela", "Emma", "Noah", "Priya", "Aisha",
    ]
    static let lastNames = [
        "García", "Pérez", "López", "Martínez", "Rodríguez", "Sánchez", "Gómez", "Fernández", "Díaz",
        "Muñoz", "Álvarez", "Romero", "Torres", "Ramírez", "Flores", "Núñez", "Castillo", "Ortiz",
        "Jiménez", "Vázquez", "Herrera", "Peña", "Ibáñez", "Nguyen", "O'Connor", "Müller", "Smith",
    ]
    /// Shift starts (local hour), weighted towards the daytime peaks.
    static let shiftStarts = [6, 7, 8, 8, 9, 9, 9, 10, 10, 11, 12, 13, 14, 15]

    init(count: Int, seed: UInt64) {
        var rng = GenRandom(seed: seed, stream: GenStream.agents)
        // A shuffled list of every first x last combination gives unique names
        // without a Set; past that, a roman-ish suffix keeps them unique.
        let combos = GenRoster.firstNames.count * GenRoster.lastNames.count
        var order = Array(0..<combos)
        rng.shuffle(&order)
        let queueCumulative = GenCatalog.queueShare.genCumulative()
        var agents: [GenAgent] = []
        agents.reserveCapacity(count)
        for i in 0..<count {
            let combo = order[i % combos]
            var name = GenRoster.firstNames[combo % GenRoster.firstNames.count] + " "
                + GenRoster.lastNames[combo / GenRoster.firstNames.count]
            if i >= combos { name += " \(i / combos + 1)" }
            let home = rng.pick(cumulative: queueCumulative)
            var second = rng.pick(cumulative: queueCumulative)
            if second == home { second = (home + 1 + rng.below(GenCatalog.queueNames.count - 1)) % GenCatalog.queueNames.count }
            // A few night owls keep the asynchronous channels moving overnight.
            let night = count >= 10 && i % 17 == 5
            let start = night ? 22 : GenRoster.shiftStarts[rng.below(GenRoster.shiftStarts.count)]
            // About a third work weekends and take two weekdays off instead.
            let daysOff: (Int, Int)
            if rng.chance(0.35) {
                let first = 2 + rng.below(5)
                daysOff = (first, first == 6 ? 2 : first + 1)
            } else {
                daysOff = (1, 7)
            }
            agents.append(GenAgent(
                name: name, csvName: GenFormat.csvBytes(name), homeQueue: home, secondQueue: second,
                shiftStart: start, shiftHours: 8, daysOff: daysOff, traits: GenAgentTraits.draw(rng: &rng)))
        }
        self.agents = agents
    }

    /// For one weekday: [local hour][queue] -> agents on duty with that skill.
    /// The home queue is listed twice so agents mostly take their own queue.
    func duty(weekday: Int) -> GenDuty {
        let queues = GenCatalog.queueNames.count
        var byQueue = Array(repeating: Array(repeating: [Int](), count: queues), count: 24)
        var anyQueue = Array(repeating: [Int](), count: 24)
        for (index, agent) in agents.enumerated() {
            if agent.daysOff.0 == weekday || agent.daysOff.1 == weekday { continue }
            for h in 0..<agent.shiftHours {
                let hour = (agent.shiftStart + h) % 24
                byQueue[hour][agent.homeQueue].append(index)
                byQueue[hour][agent.homeQueue].append(index)
                byQueue[hour][agent.secondQueue].append(index)
                anyQueue[hour].append(index)
            }
        }
        var homeOnly = Array(repeating: [Int](), count: queues)
        for (index, agent) in agents.enumerated() { homeOnly[agent.homeQueue].append(index) }
        return GenDuty(byQueue: byQueue, anyQueue: anyQueue, homeOnly: homeOnly, total: agents.count)
    }
}

/// Who can answer a contact of a queue at a local hour on one day.
struct GenDuty {
    var byQueue: [[[Int]]]
    var anyQueue: [[Int]]
    var homeOnly: [[Int]]
    var total: Int

    /// Someone skilled on duty; else anyone on duty; else someone of the queue
    /// (on call from home); else anyone at all.
    func pick(queue: Int, hour: Int, rng: inout GenRandom) -> Int {
        let skilled = byQueue[hour][queue]
        if !skilled.isEmpty { return skilled[rng.below(skilled.count)] }
        let any = anyQueue[hour]
        if !any.isEmpty { return any[rng.below(any.count)] }
        let home = homeOnly[queue]
        if !home.isEmpty { return home[rng.below(home.count)] }
        return rng.below(total)
    }
}
