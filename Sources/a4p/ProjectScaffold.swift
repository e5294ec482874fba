/// What `a4p init` writes: a spec bound to a tiny tidy CSV (docs/own-data.md), chosen so that it
/// renders on the first try and shows the main chart kinds on one's own data.
enum ProjectScaffold {
    static let dataFile = "my-figures.csv"
    static let specFile = "report.yaml"

    static let csv = """
        label,value,series,period,unit,source
        Sector North,42,Vehicles,2023,count,Mission logistics log
        Sector South,35,Vehicles,2023,count,Mission logistics log
        Sector East,27,Vehicles,2023,count,Mission logistics log
        Sector West,18,Vehicles,2023,count,Mission logistics log
        Sector North,47,Vehicles,2024,count,Mission logistics log
        Sector South,31,Vehicles,2024,count,Mission logistics log
        Sector East,29,Vehicles,2024,count,Mission logistics log
        Sector West,22,Vehicles,2024,count,Mission logistics log
        ALL,129,Vehicles,2024,count,Mission logistics log
        Sector North,88,Roadworthy,2024,percent,Fleet inspection
        Sector South,74,Roadworthy,2024,percent,Fleet inspection
        Sector East,81,Roadworthy,2024,percent,Fleet inspection
        Sector West,91,Roadworthy,2024,percent,Fleet inspection

        """

    /// `translations:` is named only when the tables were copied.
    static func spec(translations: Bool) -> String {
        """
        # A page of one's own figures (docs/own-data.md). Render: a4p render \(specFile)
        title: "Vehicles per sector"
        data: \(dataFile)
        \(translations ? "translations: Translations\n" : "")page:
          size: A4
          header:
            label: "Own data"
            title: "Vehicles per sector"
            period: true
          footer:
            text: "Mission logistics"
        blocks:
          - type: row
            blocks:
              - type: kpi
                span: 1
                title: "Vehicles, all sectors"
                indicator: Vehicles
                caption: "vehicles in service"
              - type: bar
                span: 3
                title: "Vehicles per sector"
                indicator: Vehicles
                sort: descending
          - type: row
            blocks:
              - type: line
                span: 2
                title: "Vehicles over time"
                indicator: Vehicles
                missions: all
                periods: 2023..2024
              - type: bar
                span: 2
                title: "Roadworthy vehicles"
                indicator: Roadworthy

        """
    }
}
