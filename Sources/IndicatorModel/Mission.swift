/// A mission, or an aggregate such as `ALL` (system-wide figures) or `HQ` (UN Headquarters).
public struct Mission: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable { case mission, aggregate }
    public enum Status: String, Sendable, CaseIterable { case active, closed }
    /// A mandate flag as the seeds state it; `unknown` where they are silent.
    public enum Flag: String, Sendable, CaseIterable { case yes, no, unknown }
    /// The legal basis of the mission's presence in the host state.
    public enum Agreement: String, Sendable, CaseIterable { case sofa = "SOFA", soma = "SOMA", none, unknown }

    /// The acronym (`UNMISS`) or aggregate id (`ALL`).
    public var id: String
    public var kind: Kind
    public var name: String
    public var location: String
    public var status: Status
    public var politicalProcessMandate: Flag
    public var ceasefireObservationMandate: Flag
    public var agreement: Agreement
    /// Reference coordinates of the headquarters city (not from the seeds), for maps.
    public var latitude: Double?
    public var longitude: Double?
    public var note: String

    public init(id: String, kind: Kind = .mission, name: String, location: String = "", status: Status = .active,
                politicalProcessMandate: Flag = .unknown, ceasefireObservationMandate: Flag = .unknown,
                agreement: Agreement = .unknown, latitude: Double? = nil, longitude: Double? = nil, note: String = "") {
        self.id = id
        self.kind = kind
        self.name = name
        self.location = location
        self.status = status
        self.politicalProcessMandate = politicalProcessMandate
        self.ceasefireObservationMandate = ceasefireObservationMandate
        self.agreement = agreement
        self.latitude = latitude
        self.longitude = longitude
        self.note = note
    }
}
