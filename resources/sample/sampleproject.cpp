#include "sampleproject.h"

#include "loggenerator.h"
#include "manualgenerator.h"
#include "signalgenerator.h"
#include "stripimagegenerator.h"

#include "document/documentprobe.h"
#include "document/documentspan.h"
#include "document/pageregion.h"
#include "document/pdfdocument.h"
#include "image/imageprobe.h"
#include "knowledge/graphstore.h"
#include "knowledge/knowledgemigrations.h"
#include "project/bulkannotationwriter.h"
#include "project/jobs/importjob.h"
#include "project/project.h"
#include "timeseries/signalcachebuilder.h"
#include "timeseries/signaldata.h"
#include "timeseries/signalgroup.h"
#include "timeseries/signalprobe.h"
#include "vibrationgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

// Q_INIT_RESOURCE declares a global function: it cannot sit in a namespace.
static void initModelResources()
{
    Q_INIT_RESOURCE(models);
}

namespace rwb::sample {

using namespace rwb::project;

namespace {

struct ClassSpec
{
    const char *name;
    const char *en;
    const char *zh;
    const char *color;
    const char *shortcut;
    AssetKind kind;
    const char *shapes;
};

// Image classes follow the NEU surface-defect set; signal and document classes the stories
// of USER-STORIES.md.
constexpr ClassSpec Classes[] = {
    { "crazing", "Crazing", "龟裂", "#e6194b", "1", AssetKind::Image, "polygon,box,mask" },
    { "inclusion", "Inclusion", "夹杂", "#3cb44b", "2", AssetKind::Image, "polygon,box,mask" },
    { "patches", "Patches", "斑块", "#4363d8", "3", AssetKind::Image, "polygon,box,mask" },
    { "pitted_surface", "Pitted surface", "麻点", "#f58231", "4", AssetKind::Image, "polygon,box,mask" },
    { "rolled_in_scale", "Rolled-in scale", "压入氧化铁皮", "#911eb4", "5", AssetKind::Image, "polygon,box,mask" },
    { "scratch", "Scratches", "划痕", "#f032e6", "6", AssetKind::Image, "polyline,polygon,box" },
    { "roll_chatter", "Roll chatter", "轧机振动", "#e6194b", "Q", AssetKind::TimeSeries, "range,event" },
    { "tension_spike", "Tension spike", "张力突变", "#3cb44b", "W", AssetKind::TimeSeries, "range,event" },
    { "temperature_drop", "Temperature drop", "温降", "#4363d8", "E", AssetKind::TimeSeries, "range" },
    { "sensor_dropout", "Sensor dropout", "传感器掉线", "#808080", "R", AssetKind::TimeSeries, "range" },
    { "slow_drift", "Slow drift", "缓慢漂移", "#f58231", "T", AssetKind::TimeSeries, "range" },
    { "equipment", "Equipment", "设备", "#469990", "", AssetKind::Document, "span,page_region" },
    { "failure_mode", "Failure mode", "失效模式", "#e6194b", "", AssetKind::Document, "span" },
    { "cause", "Cause", "原因", "#f58231", "", AssetKind::Document, "span,page_region" },
    { "parameter", "Process parameter", "工艺参数", "#4363d8", "", AssetKind::Document, "span" },
    { "remedy", "Remedy", "处理措施", "#3cb44b", "", AssetKind::Document, "span" },
    // Relation types between spans: classes of shape "relation".
    { "causes", "Causes", "导致", "#800000", "", AssetKind::Document, "relation" },
    { "indicates", "Indicates", "表明", "#000075", "", AssetKind::Document, "relation" },
    { "measured_by", "Measured by", "由…测量", "#808000", "", AssetKind::Document, "relation" },
    { "mitigated_by", "Mitigated by", "由…缓解", "#aaffc3", "", AssetKind::Document, "relation" },
};

void buildSchema(LabelSchema &schema)
{
    int order = 0;
    for (const ClassSpec &spec : Classes) {
        LabelClass c;
        c.name = QString::fromUtf8(spec.name);
        c.titleEn = QString::fromUtf8(spec.en);
        c.titleZh = QString::fromUtf8(spec.zh);
        c.color = QString::fromUtf8(spec.color);
        c.shortcut = QString::fromUtf8(spec.shortcut);
        c.assetKinds = { spec.kind };
        c.shapes = QString::fromUtf8(spec.shapes).split(QLatin1Char(','));
        c.sortOrder = order++;
        schema.addClass(c);
    }
    LabelAttribute severity;
    severity.name = QStringLiteral("severity");
    severity.titleEn = QStringLiteral("Severity");
    severity.titleZh = QStringLiteral("严重程度");
    severity.type = AttributeType::Enum;
    severity.options = { QStringLiteral("minor"), QStringLiteral("moderate"), QStringLiteral("severe") };
    severity.defaultValue = QStringLiteral("moderate");
    schema.addAttribute(severity);

    LabelAttribute length;
    length.classId = schema.classByName(QStringLiteral("scratch"))->id;
    length.name = QStringLiteral("length_mm");
    length.titleEn = QStringLiteral("Length (mm)");
    length.titleZh = QStringLiteral("长度 (mm)");
    length.type = AttributeType::Float;
    schema.addAttribute(length);

    LabelAttribute periodic;
    periodic.classId = schema.classByName(QStringLiteral("scratch"))->id;
    periodic.name = QStringLiteral("periodic");
    periodic.titleEn = QStringLiteral("Repeats with roll circumference");
    periodic.titleZh = QStringLiteral("随辊周期重复");
    periodic.type = AttributeType::Bool;
    periodic.defaultValue = false;
    schema.addAttribute(periodic);

    LabelAttribute note;
    note.name = QStringLiteral("note");
    note.titleEn = QStringLiteral("Note");
    note.titleZh = QStringLiteral("备注");
    note.type = AttributeType::Text;
    schema.addAttribute(note);
}

QJsonArray pointsJson(const QPolygonF &polygon)
{
    QJsonArray out;
    for (const QPointF &p : polygon)
        out.append(QJsonArray { p.x(), p.y() });
    return out;
}

void require(bool ok, const QString &what, const QString &error)
{
    if (!ok)
        throw StoreError(StoreError::Code::Generic,
            QCoreApplication::translate("rwb::sample::SampleProject", "Cannot write %1: %2").arg(what, error));
}

// --- The mechanism graph of the sample: causal chains of the hot strip mill -------------------

struct NodeSpec
{
    const char *key;
    const char *type;
    const char *en;
    const char *zh;
    const char *aliasesEn; ///< ';'-separated
    const char *aliasesZh;
};

constexpr NodeSpec MillNodes[] = {
    { "furnace_temperature_low", "Cause", "Furnace temperature low", "加热炉温度偏低", "low reheating temperature",
        "炉温低;加热温度不足" },
    { "descaler_nozzle_clogged", "Cause", "Descaler nozzle clogged", "除鳞喷嘴堵塞", "blocked descaling nozzle",
        "喷嘴堵塞" },
    { "descaling_pressure_low", "Cause", "Descaling water pressure low", "除鳞水压力不足", "low descaling pressure",
        "除鳞压力低" },
    { "scale_not_removed", "FailureMode", "Scale not removed", "氧化铁皮未除净", "residual scale", "残留氧化铁皮" },
    { "rolled_in_scale", "Defect", "Rolled-in scale", "压入氧化铁皮", "scale pits;rolled in scale",
        "氧化铁皮压入;压氧" },
    { "roll_wear", "Cause", "Work roll wear", "工作辊磨损", "roll wear", "轧辊磨损" },
    { "roll_chatter", "FailureMode", "Roll chatter", "轧机振动", "mill chatter;stand vibration", "轧机颤振" },
    { "chatter_marks", "Defect", "Chatter marks", "振纹", "chatter lines", "振动纹" },
    { "vibration_high", "Symptom", "Stand vibration high", "机架振动偏大", "high vibration RMS", "振动超限" },
    { "roll_surface_damage", "Cause", "Roll surface damage", "辊面损伤", "damaged roll surface", "轧辊表面损伤" },
    { "guide_misalignment", "Cause", "Guide misalignment", "导卫偏斜", "side guide misaligned", "导板不对中" },
    { "scratches", "Defect", "Scratches", "划痕", "scratch", "擦伤" },
    { "crazing", "Defect", "Crazing", "龟裂", "", "网状裂纹" },
    { "inclusion", "Defect", "Inclusion", "夹杂", "", "" },
    { "patches", "Defect", "Patches", "斑块", "", "" },
    { "pitted_surface", "Defect", "Pitted surface", "麻点", "pitting", "" },
    { "temperature_drop", "Symptom", "Strip temperature drop", "带钢温降", "temperature drop", "温降" },
    { "finishing_stand_f3", "Equipment", "Finishing stand F3", "精轧F3机架", "F3", "F3机架" },
    { "descaler", "Equipment", "Finishing descaler", "精轧除鳞机", "FSB", "除鳞箱" },
    { "clean_nozzles", "Remedy", "Clean descaler nozzles", "清理除鳞喷嘴", "", "" },
    { "regrind_rolls", "Remedy", "Regrind or change work rolls", "磨辊或换辊", "roll change", "换辊" },
};

struct EdgeSpec
{
    const char *relation;
    const char *from;
    const char *to;
    double confidence; ///< < 0: not assessed
};

constexpr EdgeSpec MillEdges[] = {
    { "causes", "furnace_temperature_low", "scale_not_removed", 0.6 },
    { "causes", "descaler_nozzle_clogged", "descaling_pressure_low", 0.8 },
    { "causes", "descaling_pressure_low", "scale_not_removed", 0.9 },
    { "causes", "scale_not_removed", "rolled_in_scale", 0.95 },
    { "causes", "roll_wear", "roll_chatter", 0.7 },
    { "causes", "roll_chatter", "chatter_marks", 0.85 },
    { "causes", "roll_surface_damage", "scratches", -1 },
    { "causes", "guide_misalignment", "scratches", -1 },
    { "indicates", "vibration_high", "roll_chatter", 0.8 },
    { "indicates", "temperature_drop", "furnace_temperature_low", 0.5 },
    { "occurs_in", "roll_chatter", "finishing_stand_f3", -1 },
    { "occurs_in", "scale_not_removed", "descaler", -1 },
    { "mitigated_by", "descaler_nozzle_clogged", "clean_nozzles", -1 },
    { "mitigated_by", "roll_wear", "regrind_rolls", -1 },
};

/// Label classes ↔ nodes: defect classes to their Defect nodes, signal classes to what they show.
constexpr std::pair<const char *, const char *> ClassNodes[] = {
    { "crazing", "crazing" },
    { "inclusion", "inclusion" },
    { "patches", "patches" },
    { "pitted_surface", "pitted_surface" },
    { "rolled_in_scale", "rolled_in_scale" },
    { "scratch", "scratches" },
    { "roll_chatter", "roll_chatter" },
    { "temperature_drop", "temperature_drop" },
};

QStringList aliasList(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

/// Writes the sample's mechanism graph with evidence from its annotations: image regions of
/// rolled-in scale and scratches, the chatter burst of the vibration recording, a temperature
/// drop of the mill log, and a span of the event log about low descaling pressure. Some
/// `causes` edges keep no evidence, so that validation has something to report.
void addMechanismGraph(Project &project, const QString &logPath)
{
    knowledge::GraphStore graph(project.connection());
    const knowledge::Ontology ontology = graph.ontology();
    QHash<QString, qint64> nodes;
    for (const NodeSpec &spec : MillNodes) {
        knowledge::Node n;
        n.key = QString::fromUtf8(spec.key);
        n.typeId = ontology.nodeType(QString::fromUtf8(spec.type))->id;
        n.labelEn = QString::fromUtf8(spec.en);
        n.labelZh = QString::fromUtf8(spec.zh);
        n.aliasesEn = aliasList(spec.aliasesEn);
        n.aliasesZh = aliasList(spec.aliasesZh);
        nodes.insert(n.key, graph.addNode(n));
    }
    QHash<QString, qint64> edges;
    for (const EdgeSpec &spec : MillEdges) {
        knowledge::Edge e;
        e.typeId = ontology.relationType(QString::fromUtf8(spec.relation))->id;
        e.fromId = nodes.value(QString::fromUtf8(spec.from));
        e.toId = nodes.value(QString::fromUtf8(spec.to));
        if (spec.confidence >= 0)
            e.confidence = spec.confidence;
        edges.insert(QString::fromUtf8(spec.from) + QLatin1String("->") + QString::fromUtf8(spec.to), graph.addEdge(e));
    }
    QHash<QString, qint64> classIds;
    for (const LabelClass &c : project.labels().classes())
        classIds.insert(c.name, c.id);
    for (const auto &[className, key] : ClassNodes)
        graph.mapLabelClass(classIds.value(QString::fromUtf8(className)), nodes.value(QString::fromUtf8(key)));

    // The first annotations of a class, over all assets in id order.
    QHash<qint64, QList<Annotation>> byClass;
    qint64 logAsset = 0;
    for (const Asset &asset : project.assets().list({})) {
        if (project.resolve(asset.uri) == logPath)
            logAsset = asset.id;
        for (const Annotation &a : project.annotations().forAsset(asset.id))
            if (a.classId)
                byClass[*a.classId].append(a);
    }
    auto link
        = [&](const char *className, int count, const QString &nodeKey, const QString &edgeKey, const QString &note) {
              const QList<Annotation> found = byClass.value(classIds.value(QString::fromUtf8(className)));
              for (int i = 0; i < std::min(count, int(found.size())); ++i) {
                  knowledge::Evidence e;
                  if (!nodeKey.isEmpty())
                      e.nodeId = nodes.value(nodeKey);
                  else
                      e.edgeId = edges.value(edgeKey);
                  e.annotationId = found[i].id;
                  e.note = note;
                  graph.addEvidence(e);
              }
          };
    link("rolled_in_scale", 3, QStringLiteral("rolled_in_scale"), {}, {});
    link("rolled_in_scale", 1, {}, QStringLiteral("scale_not_removed->rolled_in_scale"),
        QStringLiteral("Scale pressed into the strip surface at the finishing mill"));
    link("scratch", 2, QStringLiteral("scratches"), {}, {});
    link("roll_chatter", 2, QStringLiteral("roll_chatter"), {}, {});
    link("roll_chatter", 1, {}, QStringLiteral("roll_chatter->chatter_marks"),
        QStringLiteral("Chatter burst in the F3 vibration recording"));
    link("temperature_drop", 1, QStringLiteral("temperature_drop"), {}, {});

    // A span of the event log: the first low-descaling-pressure message, as a document label.
    QFile log(logPath);
    if (logAsset > 0 && log.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(log.readAll());
        const QString needle = QStringLiteral("Descaling pressure low");
        const qsizetype start = text.indexOf(needle);
        if (start >= 0) {
            const qsizetype end = std::max(start + needle.size(), text.indexOf(QLatin1Char('\n'), start));
            Annotation span;
            span.assetId = logAsset;
            span.classId = classIds.value(QStringLiteral("cause"));
            span.kind = QStringLiteral("span");
            span.geometry = { { QStringLiteral("start"), start }, { QStringLiteral("end"), end } };
            span.extent = QRectF(QPointF(double(start), 0), QPointF(double(end), 0));
            span.source = AnnotationSource::Import;
            span.sourceRef = QStringLiteral("sample generator");
            const qint64 id = project.annotations().add(span);
            for (const char *key : { "descaling_pressure_low->scale_not_removed", "" }) {
                knowledge::Evidence e;
                if (*key)
                    e.edgeId = edges.value(QString::fromUtf8(key));
                else
                    e.nodeId = nodes.value(QStringLiteral("descaling_pressure_low"));
                e.annotationId = id;
                graph.addEvidence(e);
            }
        }
    }
}

/// The manual's section on mill chatter, labelled as a knowledge engineer would: spans on
/// the sentences ManualGenerator writes (found in the PDF's text layer), a page region over the
/// paragraph that explains the cause, and typed relations between the spans.
void annotateManual(Project &project, BulkAnnotationWriter &writer, const Asset &asset,
    const QHash<QString, qint64> &classIds, QList<Relation> &relations)
{
    QString error;
    const std::unique_ptr<document::PdfDocument> pdf = document::PdfDocument::load(project.resolve(asset.uri), &error);
    if (!pdf)
        return;
    for (int page = 0; page < pdf->pageCount(); ++page) {
        const document::PageText text = pdf->pageText(page);
        const QList<qint64> heading = text.find(QStringLiteral("Bearing wear causes mill chatter"), Qt::CaseSensitive);
        if (heading.isEmpty())
            continue;
        // The first occurrence of each phrase from the section's Chinese heading on.
        const qint64 from
            = qMax<qint64>(0, text.find(QStringLiteral("轴承磨损引起轧机振动")).value(0, heading.first()));
        QHash<QString, qint64> spanIds;
        auto span = [&](const QString &phrase, const char *className) {
            for (const qint64 at : text.find(phrase, Qt::CaseSensitive)) {
                if (at < from)
                    continue;
                document::DocumentSpan s;
                s.page = page;
                s.start = at;
                s.end = at + phrase.toUcs4().size();
                s.text = text.slice(s.start, s.end);
                Annotation a = s.toAnnotation(asset.id, classIds.value(QString::fromLatin1(className)));
                a.source = AnnotationSource::Import;
                a.sourceRef = QStringLiteral("sample generator");
                spanIds.insert(phrase, writer.add(a));
                return s.end;
            }
            return qint64(-1);
        };
        span(QStringLiteral("轴承磨损"), "cause");
        span(QStringLiteral("轧机振动"), "failure_mode");
        span(QStringLiteral("Bearing wear"), "cause");
        span(QStringLiteral("mill chatter"), "failure_mode");
        span(QStringLiteral("vibration_mm_s"), "parameter");
        span(QStringLiteral("chatter marks"), "failure_mode");
        const qint64 paragraph = text.find(QStringLiteral("Worn backup roll"), Qt::CaseSensitive).value(0, -1);
        qint64 paragraphEnd = -1;
        for (const qint64 at : text.find(QStringLiteral("damage."), Qt::CaseSensitive)) {
            if (paragraph >= 0 && at > paragraph) {
                paragraphEnd = at + 7;
                break;
            }
        }
        if (paragraph >= 0 && paragraphEnd > paragraph) {
            QRectF area;
            for (const QRectF &r : text.rectsFor(paragraph, paragraphEnd))
                area = area.united(r);
            Annotation a = document::PageRegion { page, area.adjusted(-4, -4, 4, 4) }.toAnnotation(
                asset.id, classIds.value(QStringLiteral("cause")));
            a.source = AnnotationSource::Import;
            a.sourceRef = QStringLiteral("sample generator");
            writer.add(a);
        }
        auto relate = [&](const QString &fromPhrase, const char *type, const QString &toPhrase) {
            if (!spanIds.contains(fromPhrase) || !spanIds.contains(toPhrase))
                return;
            Relation r;
            r.type = QString::fromLatin1(type);
            r.fromId = spanIds.value(fromPhrase);
            r.toId = spanIds.value(toPhrase);
            relations.append(r);
        };
        relate(QStringLiteral("轴承磨损"), "causes", QStringLiteral("轧机振动"));
        relate(QStringLiteral("Bearing wear"), "causes", QStringLiteral("mill chatter"));
        relate(QStringLiteral("mill chatter"), "measured_by", QStringLiteral("vibration_mm_s"));
        relate(QStringLiteral("mill chatter"), "causes", QStringLiteral("chatter marks"));
        return;
    }
}

} // namespace

QString SampleProject::create(const QString &dirPath, const Options &options, const Progress &progress)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral(".")))
        throw StoreError(StoreError::Code::ReadOnly,
            QCoreApplication::translate("rwb::sample::SampleProject", "Cannot create the folder %1").arg(dirPath));
    const QString projectPath = dir.absoluteFilePath(QStringLiteral("sample.rwb"));
    if (QFileInfo::exists(projectPath))
        throw StoreError(StoreError::Code::Constraint,
            QCoreApplication::translate("rwb::sample::SampleProject", "%1 already exists").arg(projectPath));
    for (const char *sub : { "images", "signals", "documents", "models" })
        dir.mkpath(QString::fromLatin1(sub));
    // The bundled models (resources/models), so that pre-annotation works on the sample at once.
    initModelResources();
    const QDir bundled(QStringLiteral(":/rwb/models"));
    for (const QString &name : bundled.entryList(QDir::Files)) {
        const QString target = dir.absoluteFilePath(QStringLiteral("models/") + name);
        require(QFile::copy(bundled.absoluteFilePath(name), target)
                && QFile::setPermissions(
                    target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
            target, QCoreApplication::translate("rwb::sample::SampleProject", "cannot copy the bundled model"));
    }

    // The probes are normally registered by main(); registering again is harmless.
    AssetProbeRegistry::add(std::make_shared<image::ImageProbe>());
    AssetProbeRegistry::add(std::make_shared<timeseries::SignalProbe>());
    AssetProbeRegistry::add(std::make_shared<document::DocumentProbe>());
    knowledge::registerMigrations(); // the sample has a mechanism graph

    const int imageCount = options.small ? 6 : 24;
    const int total = imageCount + (options.small ? 0 : 1) + 4;
    int done = 0;
    auto step = [&](const QString &what) {
        if (progress)
            progress(done++, total, what);
    };

    // Images: 8-bit JPEG from the area camera, 16-bit PNG/TIFF from the line-scan camera.
    StripImageGenerator images;
    QHash<QString, GeneratedImage> generated;
    const QString imageDir = dir.absoluteFilePath(QStringLiteral("images"));
    const QSize size = options.small ? QSize(320, 160) : QSize(1600, 800);
    for (int i = 0; i < imageCount; ++i) {
        const QString base = QStringLiteral("strip_%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        step(base);
        const bool sixteen = i % 4 == 3;
        const auto format = sixteen
            ? (i % 8 == 7 ? StripImageGenerator::Format::Tiff : StripImageGenerator::Format::Png)
            : StripImageGenerator::Format::Jpeg;
        const GeneratedImage g
            = images.generate(imageDir, base, size, sixteen ? 16 : 8, options.seed + quint64(i), format);
        require(!g.fileName.isEmpty(), base, images.errorString());
        generated.insert(QDir(imageDir).absoluteFilePath(g.fileName), g);
    }
    if (!options.small) {
        step(QStringLiteral("linescan"));
        const GeneratedImage g = images.generateLineScan(
            imageDir, QStringLiteral("linescan_coil_C2603"), QSize(20000, 4000), options.seed);
        require(!g.fileName.isEmpty(), QStringLiteral("linescan"), images.errorString());
        generated.insert(QDir(imageDir).absoluteFilePath(g.fileName), g);
    }

    step(QCoreApplication::translate("rwb::sample::SampleProject", "time series"));
    SignalGenerator signal;
    const QString csv = dir.absoluteFilePath(QStringLiteral("signals/finishing_mill_F3_2026-03-02.csv"));
    const qint64 rows = options.small ? 5000 : 1200000;
    require(signal.generate(csv, rows, options.seed), csv, signal.errorString());

    // A vibration recording of the same stand, on one time axis with the mill log: a signal
    // group on the recording's 2 kHz grid over the minute it covers, the log's values held
    // between its rows.
    VibrationGenerator vibration;
    const QString wav = dir.absoluteFilePath(QStringLiteral("signals/F3_vibration_2026-03-02.wav"));
    const double vibrationStart = options.small ? 20.0 : 600.0;
    require(vibration.generate(wav, options.small ? 20.0 : 60.0, options.seed), wav, vibration.errorString());
    timeseries::SignalGroup group;
    group.members = { { csv, {}, std::nullopt, 0, std::nullopt },
        { wav, {}, signal.startTime().toMSecsSinceEpoch() * 1000000 + qint64(vibrationStart * 1e9), 0, std::nullopt } };
    group.reference = 1;
    group.span = timeseries::SignalGroup::Span::Overlap;
    const QString groupPath = dir.absoluteFilePath(QStringLiteral("signals/finishing_mill_F3_with_vibration.rwbsig"));
    QString groupError;
    require(group.write(groupPath, &groupError), groupPath, groupError);

    step(QCoreApplication::translate("rwb::sample::SampleProject", "manual"));
    ManualGenerator manual;
    const GeneratedManual m = manual.generate(
        dir.absoluteFilePath(QStringLiteral("documents")), QStringLiteral("finishing_mill_maintenance_manual.pdf"));
    require(!m.fileName.isEmpty(), QStringLiteral("manual"), manual.errorString());

    step(QCoreApplication::translate("rwb::sample::SampleProject", "log"));
    LogGenerator log;
    const QString logPath = dir.absoluteFilePath(QStringLiteral("documents/mill_events_2026-03-02.log"));
    require(log.generate(logPath, rows, signal.coils(), signal.anomalies(), options.seed), logPath, log.errorString());

    step(QCoreApplication::translate("rwb::sample::SampleProject", "project"));
    auto project = Project::create(projectPath,
        QCoreApplication::translate("rwb::sample::SampleProject", "Hot strip mill — sample"),
        QStringLiteral("inspector"));
    buildSchema(project->labels());
    ImportJob importJob(*project,
        { dir.absoluteFilePath(QStringLiteral("images")), dir.absoluteFilePath(QStringLiteral("signals")),
            dir.absoluteFilePath(QStringLiteral("documents")) });
    if (importJob.execute() != Job::State::Finished || !importJob.errors().isEmpty())
        throw StoreError(StoreError::Code::Generic,
            QCoreApplication::translate("rwb::sample::SampleProject", "The sample files could not be imported: %1")
                .arg(importJob.errors().isEmpty() ? importJob.failureMessage() : importJob.errors().first().message));

    QHash<QString, qint64> classIds;
    for (const LabelClass &c : project->labels().classes())
        classIds.insert(c.name, c.id);

    // Ground truth from the generators, with a realistic workflow state.
    Transaction tx(project->db());
    BulkAnnotationWriter writer(project->connection());
    const QList<Asset> assets = project->assets().list({});
    int imageIndex = 0;
    QList<Relation> relations;
    for (Asset asset : assets) {
        const QString path = project->resolve(asset.uri);
        if (asset.kind == AssetKind::Document && QFileInfo(path).fileName() == m.fileName) {
            annotateManual(*project, writer, asset, classIds, relations);
            asset.status = AssetStatus::InProgress;
            project->assets().update(asset);
            continue;
        }
        if (asset.kind == AssetKind::Image && generated.contains(path)) {
            const GeneratedImage &g = generated[path];
            for (const Defect &d : g.defects) {
                Annotation a;
                a.assetId = asset.id;
                a.classId = classIds.value(d.className);
                a.kind = d.shape;
                if (d.shape == QLatin1String("box"))
                    a.geometry = { { QStringLiteral("x"), d.bounds.x() }, { QStringLiteral("y"), d.bounds.y() },
                        { QStringLiteral("w"), d.bounds.width() }, { QStringLiteral("h"), d.bounds.height() } };
                else
                    a.geometry = { { QStringLiteral("points"), pointsJson(d.points) } };
                if (d.shape == QLatin1String("polyline"))
                    a.geometry.insert(QStringLiteral("thickness"), 3);
                a.extent = d.bounds;
                a.attributes = { { QStringLiteral("severity"), d.severity } };
                a.source = AnnotationSource::Import;
                a.sourceRef = QStringLiteral("sample generator");
                writer.add(a);
            }
            // A labelled project in mid-flight: some done and reviewed, some waiting.
            static const AssetStatus cycle[] = { AssetStatus::Accepted, AssetStatus::Accepted, AssetStatus::Done,
                AssetStatus::NeedsReview, AssetStatus::InProgress, AssetStatus::Todo };
            static const Split splits[]
                = { Split::Train, Split::Train, Split::Train, Split::Val, Split::Train, Split::Test };
            asset.status = cycle[imageIndex % 6];
            asset.split = splits[imageIndex % 6];
            ++imageIndex;
            project->assets().update(asset);
        } else if (asset.kind == AssetKind::TimeSeries && path == csv) {
            const QStringList channels = SignalGenerator::channelNames();
            for (const SignalAnomaly &an : signal.anomalies()) {
                Annotation a;
                a.assetId = asset.id;
                a.classId = classIds.value(an.className);
                a.kind = QStringLiteral("range");
                a.geometry = { { QStringLiteral("start"), an.startIndex }, { QStringLiteral("end"), an.endIndex },
                    { QStringLiteral("channels"), QJsonArray::fromStringList(an.channels) } };
                int lo = int(channels.size());
                int hi = 0;
                for (const QString &ch : an.channels) {
                    lo = qMin(lo, int(channels.indexOf(ch)));
                    hi = qMax(hi, int(channels.indexOf(ch)));
                }
                a.extent = QRectF(QPointF(an.startIndex, qMax(0, lo)), QPointF(an.endIndex, qMax(0, hi)));
                a.attributes = { { QStringLiteral("severity"), an.severity } };
                a.source = AnnotationSource::Import;
                a.sourceRef = QStringLiteral("sample generator");
                writer.add(a);
            }
            asset.status = AssetStatus::InProgress;
            project->assets().update(asset);
        } else if (asset.kind == AssetKind::TimeSeries && (path == wav || path == groupPath)) {
            // The chatter burst, on the recording's channel; in the group its samples lie
            // among the mill log's rows, so the indices come from the group's cache.
            qint64 start = qint64(std::llround(vibration.chatterStart() * VibrationGenerator::sampleRate));
            qint64 end = qint64(std::llround(vibration.chatterEnd() * VibrationGenerator::sampleRate));
            QString channel = QStringLiteral("ch1");
            if (path == groupPath)
                channel = QFileInfo(wav).fileName() + QStringLiteral(": ch1");
            int lane = 0;
            if (path == groupPath) {
                const auto data = timeseries::SignalData::open(
                    timeseries::SignalCacheBuilder::cachePath(dir.absolutePath(), asset.sha256));
                if (!data)
                    continue;
                const qint64 origin = group.members[1].startNs.value_or(0);
                start = data->indexAtOrAfter(origin + qint64(vibration.chatterStart() * 1e9));
                end = data->indexAtOrAfter(origin + qint64(vibration.chatterEnd() * 1e9));
                lane = int(data->channelNames().indexOf(channel));
            }
            Annotation a;
            a.assetId = asset.id;
            a.classId = classIds.value(QStringLiteral("roll_chatter"));
            a.kind = QStringLiteral("range");
            a.geometry = { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
                { QStringLiteral("channels"), QJsonArray { channel } } };
            a.extent = QRectF(QPointF(double(start), lane), QPointF(double(end), lane));
            a.attributes = { { QStringLiteral("severity"), QStringLiteral("moderate") } };
            a.source = AnnotationSource::Import;
            a.sourceRef = QStringLiteral("sample generator");
            writer.add(a);
        }
    }
    writer.finish();
    for (Relation &r : relations)
        project->relations().add(r);
    addMechanismGraph(*project, logPath);
    // A fresh sample should not start with an indexing job.
    while (project->annotations().indexPendingExtents(50000) > 0) { }
    tx.commit();
    if (progress)
        progress(total, total, QCoreApplication::translate("rwb::sample::SampleProject", "done"));
    return projectPath;
}

} // namespace rwb::sample
