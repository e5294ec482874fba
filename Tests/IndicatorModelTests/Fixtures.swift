import Foundation
@testable import A4PIndicators

/// A small valid data directory in a temp folder; tests overwrite one file to break one rule.
struct Fixture {
    let directory: URL

    static let observationsHeader = "indicator,mission,period,category,value,status,qualifier,source,locator,note\n"

    init(observations: String = Fixture.observationsHeader + "I.COUNT,UNMISS,C5,,7,ok,,S1,,\n") throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("a4p-fixture-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write("priorities.csv", "id,kind,title,order\nP1,priority,Politics,1\n")
        try write("scales.csv", "scale,level,label,rank\nimpact3,no_low,No/Low,1\nimpact3,medium,Medium,2\nimpact3,high,High,3\n")
        try write("categories.csv", "breakdown,category,label,order,is_total\narea,eng,Engineering,1,\narea,med,Medical,2,\narea,total,Total,3,yes\n")
        try write("missions.csv", """
            id,kind,name,location,status,political_process,ceasefire_observation,agreement,latitude,longitude,note
            UNMISS,mission,United Nations Mission in South Sudan,Juba,active,yes,no,SOFA,4.85,31.58,
            MINUSCA,mission,United Nations Multidimensional Integrated Stabilization Mission in the CAR,Bangui,active,yes,no,SOFA,,,
            ALL,aggregate,All missions,,active,unknown,unknown,unknown,,,

            """)
        try write("periods.csv", """
            id,kind,label,start,end,note
            C4,cycle,Cycle 4,2023-05-01,2023-10-31,
            C5,cycle,Cycle 5,2023-11-01,2024-04-30,
            C6,cycle,Cycle 6,2024-05-01,2024-10-31,

            """)
        try write("sources.csv", "id,seed,report,period,section,note\nS1,000_seed.txt,Report,C5,Section,\n")
        try write("indicators.csv", """
            id,title,priority,unit,scale,breakdown,description,forms,flags
            I.COUNT,A count,P1,count,,,,,
            I.PCT,A percent,P1,percent,,,,,
            I.BOOL,A boolean,P1,boolean,,,,,
            I.RATE,An impact,P1,rating,impact3,,,,
            I.AREA,By area,P1,count,,area,,,

            """)
        try write("observations.csv", observations)
        try write("c34-recommendations.csv",
                  "paragraph,section,section_title,online_detail,status,summary,source,locator\n22,I,Introduction,no,briefing,A briefing.,S1,\n")
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(name))
    }

    func load(limits: CSVReadLimits = .standard) -> LoadResult {
        DatasetLoader(limits: limits).load(from: directory)
    }

    /// Observations file with the header and the given rows.
    static func observations(_ rows: String...) -> String {
        observationsHeader + rows.map { $0 + "\n" }.joined()
    }
}

extension LoadResult {
    func diagnostics(rule: String) -> [Diagnostic] { log.diagnostics.filter { $0.rule == rule } }
}
