/// Why a value is absent: one type for the data files (the raw values are the `status` column of
/// `observations.csv`) and the charts, which print each in its own words (`Words.absent`); none
/// becomes another, and none is drawn as zero.
public enum Absence: String, Hashable, Sendable, CaseIterable {
    /// The source states zero or absence ("no hospital of this level"; a blank cell that means none).
    case none
    /// The question does not apply (SOFA incidents for a mission without a SOFA).
    case notApplicable = "not_applicable"
    /// Unknown: the source does not give it (a lost chart, a figure not collected, "under validation").
    case notReported = "not_reported"
}
