/// The version of A4P Charts: the one place it is written (`a4p --version` prints it).
///
/// Semantic Versioning 2.0: MAJOR.MINOR.PATCH. A release is the commit that sets this constant,
/// tagged `v` + this string (README, "Versions and releases"); VersionTests checks the format and
/// that `a4p --version` prints exactly this.
enum A4PVersion {
    static let current = "0.1.0"
}
