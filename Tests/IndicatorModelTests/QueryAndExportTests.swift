import Foundation
import Testing
@testable import A4PIndicators

@Suite struct QueryAndExportTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader().loadValid(from: try #require(DataDirectory.locate()))
    }

    @Test func exportHeaderIsExact() throws {
        let csv = try dataset.exportCSV()
        #expect(csv.split(separator: "\n").first == "indicator,title,priority,mission,period,category,value,qualifier,unit,source")
        #expect(csv.split(separator: "\n").count == dataset.observations.count + 1)
    }

    @Test func exportRowsUseAcronymsOrALLAndPeriodIDs() throws {
        let missions = Set(dataset.missions.map(\.id))
        for row in dataset.exportRows() {
            #expect(missions.contains(row.mission))
            #expect(dataset.period(row.period) != nil)
            #expect(!row.source.isEmpty)
        }
        let json = try dataset.exportJSON()
        #expect(json.contains("\"indicator\" : \"P3.08\""))
    }

    @Test func trendAgainstThePreviousCycleIsComputed() throws {
        let trainings = try #require(dataset.comparison(indicator: "P3.07", mission: "ALL", period: "C6", category: "engineering"))
        #expect(trainings.formatted == "7 (↑ from 6)")
        let women = try #require(dataset.comparison(indicator: "P3.09", mission: "ALL", period: "C6", category: "total"))
        #expect(women.formatted == "19% (↓ from 22%)")
        #expect(women.direction == .down)
        let same = try #require(dataset.comparison(indicator: "P3.04", mission: "ALL", period: "C6"))
        #expect(same.formatted == "5 (= from 5)")
        let first = try #require(dataset.comparison(indicator: "P3.04", mission: "ALL", period: "C4"))
        #expect(first.previous == nil && first.formatted == "10")
    }

    @Test func valuesByMissionAreInTableOrder() {
        let eo = dataset.values(indicator: "P4.19", period: "C6")
        #expect(eo.map(\.mission.id) == ["MINURSO", "MINUSCA", "MONUSCO", "UNIFIL", "UNISFA", "UNMISS"])
        #expect(eo.map { $0.value.number } == [241, 29, 276, 23, 11, 479])
    }

    @Test func seriesShowsGapsExplicitly() {
        let series = dataset.series(indicator: "P3.05", mission: "ALL")
        #expect(series.map(\.period.id) == ["C5", "C6"])
        #expect(series[0].value.number == 24)
        #expect(series[1].value.isAvailable == false)
        let years = dataset.series(indicator: "P4.02", mission: "ALL", kind: .year)
        #expect(years.map(\.period.id) == ["Y2017", "Y2018", "Y2019", "Y2020", "Y2021", "Y2022", "Y2023", "Y2024", "Y2025"])
        #expect(years.filter { $0.value.isAvailable }.compactMap { $0.value.number } == [7, 4, 4])
    }

    @Test func breakdownAndSources() throws {
        let parts = dataset.breakdown(indicator: "P4.21", mission: "MONUSCO", period: "C6")
        // unmas_all: UNMAS's all-mission figure (5th report), absent for MONUSCO.
        #expect(parts.map(\.category.id) == ["women", "men", "girls", "boys", "total", "unmas_all"])
        #expect(parts.compactMap { $0.value.number } == [16984, 16376, 24618, 25737, 83715])
        let sources = dataset.sources(for: parts.compactMap(\.observation))
        #expect(sources.map(\.seed) == ["001_0a1858cf93b5ee5d.txt"])
        #expect(dataset.citation(for: try #require(parts[0].observation)).hasSuffix("EORE and IED Awareness Training for civilians in DRC"))
    }

    @Test func c34MatrixFamily() throws {
        #expect(dataset.c34.recommendations.count == 121)
        #expect(dataset.c34.sections.map(\.id) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"])
        let counts = dataset.c34.statusCounts()
        #expect(counts[.substantive] == 83)
        #expect(counts[.ongoingSee2023] == 21)
        #expect(dataset.c34.statusCounts(section: "VIII").values.reduce(0, +) == 18)
        #expect(dataset.c34.recommendation(paragraph: 132)?.status == .memberStates)
        #expect(dataset.c34.recommendation(paragraph: 68)?.status == .noUpdateRequested)
        #expect(dataset.c34.recommendations.filter(\.onlineDetail).count == 22)
    }
}
