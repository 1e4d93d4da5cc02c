// Sample data generators: images, time series, manual and log, each checked against its ground truth.
#include "loggenerator.h"
#include "manualgenerator.h"
#include "signalgenerator.h"
#include "stripimagegenerator.h"

#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rwb::sample;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

int pixel(const QImage &image, int x, int y)
{
    if (image.format() == QImage::Format_Grayscale16)
        return reinterpret_cast<const quint16 *>(image.constScanLine(y))[x];
    return image.constScanLine(y)[x];
}

QString expectedShape(const QString &className)
{
    if (className == QLatin1String("scratch"))
        return QStringLiteral("polyline");
    if (className == QLatin1String("patches") || className == QLatin1String("inclusion"))
        return QStringLiteral("polygon");
    return QStringLiteral("box");
}

const QStringList severities { QStringLiteral("minor"), QStringLiteral("moderate"), QStringLiteral("severe") };

} // namespace

class TestSampleGenerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void imageFormats_data();
    void imageFormats();
    void imageGroundTruthMatchesPixels_data();
    void imageGroundTruthMatchesPixels();
    void imageDeterminism();
    void imageSixteenBitPngAndTiffAgree();
    void imageRejectsBadRequests();
    void lineScan();

    void signalCsv();
    void signalAnomaliesAreInTheData();
    void signalDeterminism();

    void eventLog();

    void manualPdf();

private:
    QTemporaryDir m_dir;
    // One small time series shared by the signal and log tests.
    static constexpr qint64 kRows = 40000;
    QString m_csv;
    SignalGenerator m_signal;
};

void TestSampleGenerators::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath(QStringLiteral("signal.csv"));
    QVERIFY2(m_signal.generate(m_csv, kRows, 7), qPrintable(m_signal.errorString()));
}

void TestSampleGenerators::imageFormats_data()
{
    QTest::addColumn<StripImageGenerator::Format>("format");
    QTest::addColumn<int>("bitDepth");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png 8") << StripImageGenerator::Format::Png << 8 << QStringLiteral("png");
    QTest::newRow("jpeg 8") << StripImageGenerator::Format::Jpeg << 8 << QStringLiteral("jpg");
    QTest::newRow("tiff 8") << StripImageGenerator::Format::Tiff << 8 << QStringLiteral("tif");
    QTest::newRow("png 16") << StripImageGenerator::Format::Png << 16 << QStringLiteral("png");
    QTest::newRow("tiff 16") << StripImageGenerator::Format::Tiff << 16 << QStringLiteral("tif");
}

void TestSampleGenerators::imageFormats()
{
    QFETCH(StripImageGenerator::Format, format);
    QFETCH(int, bitDepth);
    QFETCH(QString, suffix);

    StripImageGenerator generator;
    generator.setDefectCountRange(3, 5);
    const QString dir = m_dir.filePath(QStringLiteral("formats"));
    const GeneratedImage result
        = generator.generate(dir, QStringLiteral("strip"), QSize(360, 200), bitDepth, 11, format);
    QVERIFY2(!result.fileName.isEmpty(), qPrintable(generator.errorString()));
    QCOMPARE(result.fileName, QStringLiteral("strip.") + suffix);
    QCOMPARE(result.width, 360);
    QCOMPARE(result.height, 200);
    QCOMPARE(result.bitDepth, bitDepth);
    QVERIFY(!result.defects.isEmpty());

    QImageReader reader(dir + QLatin1Char('/') + result.fileName);
    QCOMPARE(reader.size(), QSize(360, 200));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.format(), bitDepth == 16 ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8);
    if (bitDepth == 16) {
        // Real 16-bit data, not 8-bit values scaled up.
        int fine = 0;
        for (int x = 0; x < image.width(); ++x)
            fine += pixel(image, x, 100) % 257 != 0 ? 1 : 0;
        QVERIFY(fine > image.width() / 2);
    }

    const QRectF imageRect(0, 0, 360, 200);
    for (const Defect &defect : result.defects) {
        QVERIFY2(StripImageGenerator::allDefectClasses().contains(defect.className), qPrintable(defect.className));
        QCOMPARE(defect.shape, expectedShape(defect.className));
        QVERIFY(severities.contains(defect.severity));
        QVERIFY(!defect.bounds.isEmpty());
        QVERIFY(imageRect.contains(defect.bounds));
        QVERIFY(defect.points.size() >= (defect.shape == QLatin1String("polyline") ? 2 : 3));
        for (const QPointF &point : defect.points)
            QVERIFY(defect.bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(point));
        if (defect.shape == QLatin1String("box"))
            QCOMPARE(defect.points.boundingRect(), defect.bounds);
    }
}

void TestSampleGenerators::imageGroundTruthMatchesPixels_data()
{
    QTest::addColumn<QString>("className");
    for (const QString &name : StripImageGenerator::allDefectClasses())
        QTest::newRow(qPrintable(name)) << name;
}

// The same seed without defects gives the same surface, so the difference is the defects alone: every
// visibly changed pixel must lie inside a ground truth box, and every box must hold visible change.
void TestSampleGenerators::imageGroundTruthMatchesPixels()
{
    QFETCH(QString, className);
    const QString dir = m_dir.filePath(QStringLiteral("truth"));
    const QSize size(640, 360);
    for (quint64 seed = 100; seed < 104; ++seed) {
        StripImageGenerator generator;
        generator.setDefectClasses({ className });
        generator.setDefectCountRange(2, 3);
        const GeneratedImage withDefects
            = generator.generate(dir, QStringLiteral("with"), size, 8, seed, StripImageGenerator::Format::Png);
        QVERIFY(!withDefects.fileName.isEmpty());
        QVERIFY(!withDefects.defects.isEmpty());
        generator.setDefectClasses({});
        const GeneratedImage clean
            = generator.generate(dir, QStringLiteral("clean"), size, 8, seed, StripImageGenerator::Format::Png);
        QVERIFY(clean.defects.isEmpty());

        const QImage a(dir + QLatin1Char('/') + withDefects.fileName);
        const QImage b(dir + QLatin1Char('/') + clean.fileName);
        QCOMPARE(a.size(), size);
        QList<int> visibleInside(withDefects.defects.size(), 0);
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                const int difference = std::abs(pixel(a, x, y) - pixel(b, x, y));
                if (difference == 0)
                    continue;
                const QPointF centre(x + 0.5, y + 0.5);
                bool inside = false;
                for (qsizetype i = 0; i < withDefects.defects.size(); ++i) {
                    if (withDefects.defects.at(i).bounds.adjusted(-1, -1, 1, 1).contains(centre)) {
                        inside = true;
                        if (difference >= 8)
                            ++visibleInside[i];
                    }
                }
                if (difference >= 6 && !inside)
                    QFAIL(qPrintable(QStringLiteral("seed %1: pixel (%2, %3) changed by %4 outside every defect box")
                                         .arg(seed)
                                         .arg(x)
                                         .arg(y)
                                         .arg(difference)));
            }
        }
        for (qsizetype i = 0; i < visibleInside.size(); ++i)
            QVERIFY2(visibleInside.at(i) >= 4,
                qPrintable(QStringLiteral("seed %1: defect %2 is not visible").arg(seed).arg(i)));
    }
}

void TestSampleGenerators::imageDeterminism()
{
    StripImageGenerator generator;
    const QString first = m_dir.filePath(QStringLiteral("determinism/1"));
    const QString second = m_dir.filePath(QStringLiteral("determinism/2"));
    for (const auto format :
        { StripImageGenerator::Format::Png, StripImageGenerator::Format::Jpeg, StripImageGenerator::Format::Tiff }) {
        const int bitDepth = format == StripImageGenerator::Format::Jpeg ? 8 : 16;
        const GeneratedImage a = generator.generate(first, QStringLiteral("a"), QSize(300, 200), bitDepth, 42, format);
        const GeneratedImage b = generator.generate(second, QStringLiteral("a"), QSize(300, 200), bitDepth, 42, format);
        const GeneratedImage c = generator.generate(second, QStringLiteral("c"), QSize(300, 200), bitDepth, 43, format);
        QVERIFY(!a.fileName.isEmpty() && !b.fileName.isEmpty() && !c.fileName.isEmpty());
        QCOMPARE(fileHash(first + QLatin1Char('/') + a.fileName), fileHash(second + QLatin1Char('/') + b.fileName));
        QVERIFY(fileHash(second + QLatin1Char('/') + b.fileName) != fileHash(second + QLatin1Char('/') + c.fileName));
        QCOMPARE(a.defects.size(), b.defects.size());
        for (qsizetype i = 0; i < a.defects.size(); ++i) {
            QCOMPARE(a.defects.at(i).className, b.defects.at(i).className);
            QCOMPARE(a.defects.at(i).points, b.defects.at(i).points);
            QCOMPARE(a.defects.at(i).bounds, b.defects.at(i).bounds);
        }
    }
}

void TestSampleGenerators::imageSixteenBitPngAndTiffAgree()
{
    StripImageGenerator generator;
    const QString dir = m_dir.filePath(QStringLiteral("sixteen"));
    const GeneratedImage png
        = generator.generate(dir, QStringLiteral("s"), QSize(200, 120), 16, 5, StripImageGenerator::Format::Png);
    const GeneratedImage tiff
        = generator.generate(dir, QStringLiteral("s"), QSize(200, 120), 16, 5, StripImageGenerator::Format::Tiff);
    const QImage a(dir + QLatin1Char('/') + png.fileName);
    const QImage b(dir + QLatin1Char('/') + tiff.fileName);
    QCOMPARE(a.format(), QImage::Format_Grayscale16);
    QCOMPARE(b.format(), QImage::Format_Grayscale16);
    QCOMPARE(a, b);
}

void TestSampleGenerators::imageRejectsBadRequests()
{
    StripImageGenerator generator;
    const QString dir = m_dir.filePath(QStringLiteral("bad"));
    QVERIFY(generator.generate(dir, QStringLiteral("x"), QSize(64, 64), 16, 1, StripImageGenerator::Format::Jpeg)
                .fileName.isEmpty());
    QVERIFY(!generator.errorString().isEmpty());
    QVERIFY(generator.generate(dir, QStringLiteral("x"), QSize(64, 64), 12, 1, StripImageGenerator::Format::Png)
                .fileName.isEmpty());
    QVERIFY(generator.generate(dir, QStringLiteral("x"), QSize(0, 64), 8, 1, StripImageGenerator::Format::Png)
                .fileName.isEmpty());
    QVERIFY(!generator.generate(dir, QStringLiteral("x"), QSize(64, 64), 8, 1, StripImageGenerator::Format::Png)
                 .fileName.isEmpty());
    QVERIFY(generator.errorString().isEmpty());
}

void TestSampleGenerators::lineScan()
{
    StripImageGenerator generator;
    const QString dir = m_dir.filePath(QStringLiteral("linescan"));
    const QSize size(3000, 600);
    const GeneratedImage result = generator.generateLineScan(dir, QStringLiteral("coil"), size, 9);
    QVERIFY2(!result.fileName.isEmpty(), qPrintable(generator.errorString()));
    QCOMPARE(result.fileName, QStringLiteral("coil.jpg"));
    QCOMPARE(result.bitDepth, 8);
    QVERIFY(!result.defects.isEmpty());
    QImageReader reader(dir + QLatin1Char('/') + result.fileName);
    QCOMPARE(reader.size(), size);
    const QImage image = reader.read();
    QCOMPARE(image.format(), QImage::Format_Grayscale8);
    // Dark roller table beyond the strip edges, bright strip in the middle.
    long long top = 0;
    long long middle = 0;
    for (int x = 0; x < size.width(); ++x) {
        top += pixel(image, x, 5);
        middle += pixel(image, x, size.height() / 2);
    }
    QVERIFY(top / size.width() < 40);
    QVERIFY(middle / size.width() > 80);
    for (const Defect &defect : result.defects) {
        QVERIFY(defect.bounds.top() > 10);
        QVERIFY(defect.bounds.bottom() < size.height() - 10);
    }
}

void TestSampleGenerators::signalCsv()
{
    const QList<QByteArray> lines = readLines(m_csv);
    QCOMPARE(lines.size(), kRows + 1);
    QCOMPARE(lines.first(),
        QByteArray("timestamp,roll_force_kN,strip_speed_mps,entry_tension_kN,exit_tension_kN,strip_temp_C,"
                   "motor_current_A,vibration_mm_s,hydraulic_pressure_bar"));
    QVERIFY(lines.at(1).startsWith("2026-03-02T06:00:00.000Z,"));
    QVERIFY(lines.at(2).startsWith("2026-03-02T06:00:00.010Z,"));
    const QByteArray last = SignalGenerator::defaultStartTime()
                                .addMSecs((kRows - 1) * SignalGenerator::samplePeriodMs)
                                .toString(Qt::ISODateWithMs)
                                .toLatin1();
    QCOMPARE(last, QByteArray("2026-03-02T06:06:39.990Z"));
    QVERIFY(lines.constLast().startsWith(last + ','));
    QCOMPARE(m_signal.timestampForRow(kRows - 1).toString(Qt::ISODateWithMs).toLatin1(), last);

    const QList<SignalAnomaly> anomalies = m_signal.anomalies();
    QStringList classes;
    for (const SignalAnomaly &anomaly : anomalies) {
        QVERIFY(SignalGenerator::anomalyClasses().contains(anomaly.className));
        QVERIFY(anomaly.startIndex >= 0);
        QVERIFY(anomaly.startIndex <= anomaly.endIndex);
        QVERIFY(anomaly.endIndex < kRows);
        QVERIFY(severities.contains(anomaly.severity));
        QVERIFY(!anomaly.channels.isEmpty());
        for (const QString &channel : anomaly.channels)
            QVERIFY(SignalGenerator::channelNames().contains(channel));
        classes << anomaly.className;
    }
    QVERIFY(std::is_sorted(anomalies.cbegin(), anomalies.cend(),
        [](const SignalAnomaly &a, const SignalAnomaly &b) { return a.startIndex < b.startIndex; }));
    for (const QString &name : SignalGenerator::anomalyClasses())
        QVERIFY2(classes.contains(name), qPrintable(name));

    // Every cell is a number, except the cells of a dropout channel during the dropout, which are empty.
    const QStringList channels = SignalGenerator::channelNames();
    for (qint64 row = 0; row < kRows; ++row) {
        const QList<QByteArray> cells = lines.at(row + 1).split(',');
        QCOMPARE(cells.size(), 9);
        for (int c = 1; c < 9; ++c) {
            bool inDropout = false;
            for (const SignalAnomaly &anomaly : anomalies) {
                if (anomaly.className == QLatin1String("sensor_dropout")
                    && anomaly.channels.first() == channels.at(c - 1) && row >= anomaly.startIndex
                    && row <= anomaly.endIndex)
                    inDropout = true;
            }
            if (inDropout) {
                QVERIFY(cells.at(c).isEmpty());
            } else {
                bool ok = false;
                cells.at(c).toDouble(&ok);
                if (!ok)
                    QFAIL(qPrintable(QStringLiteral("row %1 column %2: '%3'")
                                         .arg(row)
                                         .arg(c)
                                         .arg(QString::fromLatin1(cells.at(c)))));
            }
        }
    }

    // Coils follow one another, with the mill loaded while a coil is in it and idle in between.
    const QList<CoilPass> coils = m_signal.coils();
    QVERIFY(coils.size() >= 2);
    for (qsizetype i = 0; i < coils.size(); ++i) {
        const CoilPass &coil = coils.at(i);
        QVERIFY(coil.headIndex < coil.tailIndex);
        if (i > 0)
            QVERIFY(coils.at(i - 1).tailIndex < coil.headIndex);
        if (coil.tailIndex < kRows - 1) {
            const qint64 middle = (coil.headIndex + coil.tailIndex) / 2;
            QVERIFY(lines.at(middle + 1).split(',').at(1).toDouble() > 5000.0);
            QVERIFY(lines.at(coil.tailIndex + 500 < kRows ? coil.tailIndex + 500 + 1 : 1).split(',').at(1).toDouble()
                < 1000.0);
        }
    }
}

void TestSampleGenerators::signalAnomaliesAreInTheData()
{
    const QList<QByteArray> lines = readLines(m_csv);
    const QStringList channels = SignalGenerator::channelNames();
    const auto value = [&](qint64 row, const QString &channel) {
        return lines.at(row + 1).split(',').at(channels.indexOf(channel) + 1).toDouble();
    };
    const auto maximum = [&](qint64 from, qint64 to, const QString &channel) {
        double result = -1e300;
        for (qint64 row = std::max<qint64>(0, from); row <= std::min(to, kRows - 1); ++row)
            result = std::max(result, value(row, channel));
        return result;
    };
    const auto minimum = [&](qint64 from, qint64 to, const QString &channel) {
        double result = 1e300;
        for (qint64 row = std::max<qint64>(0, from); row <= std::min(to, kRows - 1); ++row)
            result = std::min(result, value(row, channel));
        return result;
    };
    int checked = 0;
    for (const SignalAnomaly &anomaly : m_signal.anomalies()) {
        const QString channel = anomaly.channels.first();
        const qint64 start = anomaly.startIndex;
        const qint64 end = anomaly.endIndex;
        if (anomaly.className == QLatin1String("roll_chatter")) {
            QVERIFY(maximum(start, end, channel) > maximum(start - 300, start - 1, channel) + 2.0);
            ++checked;
        } else if (anomaly.className == QLatin1String("tension_spike")) {
            QVERIFY(maximum(start, end, channel) > 1.25 * maximum(start - 300, start - 1, channel));
            ++checked;
        } else if (anomaly.className == QLatin1String("temperature_drop")) {
            QVERIFY(minimum(start, end, channel) < minimum(start - 300, start - 1, channel) - 10.0);
            ++checked;
        }
    }
    QVERIFY(checked >= 3);
}

void TestSampleGenerators::signalDeterminism()
{
    SignalGenerator again;
    const QString path = m_dir.filePath(QStringLiteral("signal-again.csv"));
    QVERIFY(again.generate(path, kRows, 7));
    QCOMPARE(fileHash(path), fileHash(m_csv));
    QCOMPARE(again.anomalies().size(), m_signal.anomalies().size());
    for (qsizetype i = 0; i < again.anomalies().size(); ++i) {
        QCOMPARE(again.anomalies().at(i).startIndex, m_signal.anomalies().at(i).startIndex);
        QCOMPARE(again.anomalies().at(i).endIndex, m_signal.anomalies().at(i).endIndex);
        QCOMPARE(again.anomalies().at(i).channels, m_signal.anomalies().at(i).channels);
    }
    QVERIFY(again.generate(path, kRows, 8));
    QVERIFY(fileHash(path) != fileHash(m_csv));
}

void TestSampleGenerators::eventLog()
{
    LogGenerator log;
    const QString path = m_dir.filePath(QStringLiteral("events.log"));
    QVERIFY2(log.generate(path, kRows, m_signal.coils(), m_signal.anomalies(), 7), qPrintable(log.errorString()));
    const QList<QByteArray> lines = readLines(path);
    QCOMPARE(lines.size(), log.lineCount());
    QVERIFY(lines.size() > 50);

    const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (INFO |WARN |ALARM) (\S+) +([IWA]\d{4}) (.+)$)"));
    const QDateTime start = SignalGenerator::defaultStartTime();
    const QDateTime end = start.addMSecs((kRows - 1) * SignalGenerator::samplePeriodMs);
    QDateTime previous = start;
    QList<QPair<QDateTime, QString>> alarms;
    bool chinese = false;
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        const QRegularExpressionMatch match = pattern.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const QDateTime time = QDateTime::fromString(match.captured(1), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QVERIFY(time >= previous);
        QVERIFY(time <= end);
        previous = time;
        if (match.captured(2) == QLatin1String("ALARM"))
            alarms << qMakePair(time, match.captured(4) + QLatin1Char(' ') + match.captured(5));
        chinese = chinese || text.contains(QStringLiteral("轧机振动")) || text.contains(QStringLiteral("信号丢失"));
    }
    QVERIFY(chinese);
    QVERIFY(!alarms.isEmpty());

    // Chatter and dropouts raise an alarm while they last.
    int matched = 0;
    for (const SignalAnomaly &anomaly : m_signal.anomalies()) {
        QString code;
        if (anomaly.className == QLatin1String("roll_chatter"))
            code = QStringLiteral("A3101");
        else if (anomaly.className == QLatin1String("sensor_dropout"))
            code = QStringLiteral("A9001");
        else
            continue;
        const QDateTime from = m_signal.timestampForRow(anomaly.startIndex);
        const QDateTime to = m_signal.timestampForRow(anomaly.endIndex);
        const bool found = std::any_of(alarms.cbegin(), alarms.cend(), [&](const QPair<QDateTime, QString> &alarm) {
            return alarm.first >= from && alarm.first <= to && alarm.second.startsWith(code)
                && (code != QLatin1String("A9001") || alarm.second.contains(anomaly.channels.first()));
        });
        QVERIFY2(found, qPrintable(anomaly.className));
        ++matched;
    }
    QVERIFY(matched >= 2);

    LogGenerator again;
    const QString secondPath = m_dir.filePath(QStringLiteral("events-again.log"));
    QVERIFY(again.generate(secondPath, kRows, m_signal.coils(), m_signal.anomalies(), 7));
    QCOMPARE(fileHash(secondPath), fileHash(path));
}

void TestSampleGenerators::manualPdf()
{
    ManualGenerator generator;
    const QString dir = m_dir.filePath(QStringLiteral("manual"));
    const GeneratedManual manual = generator.generate(dir, QStringLiteral("manual.pdf"));
    QVERIFY2(!manual.fileName.isEmpty(), qPrintable(generator.errorString()));
    QCOMPARE(manual.fileName, QStringLiteral("manual.pdf"));
    QVERIFY(!manual.fontFamily.isEmpty());
    QVERIFY(manual.pageCount >= 6 && manual.pageCount <= 10);
    QCOMPARE(manual.chapters.size(), 6);
    int previousPage = 1;
    for (const GeneratedManual::Chapter &chapter : manual.chapters) {
        QVERIFY(chapter.page >= previousPage && chapter.page <= manual.pageCount);
        previousPage = chapter.page;
    }

    const QString path = dir + QLatin1Char('/') + manual.fileName;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    file.close();

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    QVERIFY(document);
    QVERIFY(!document->isLocked());
    QCOMPARE(document->numPages(), manual.pageCount);
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        QVERIFY(page);
        const QString pageText = page->text(QRectF());
        if (i > 0)
            QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(manual.pageCount)),
                qPrintable(QStringLiteral("no footer on page %1").arg(i + 1)));
        text += pageText;
    }
    // Real text in both languages, not pictures of text.
    for (const QString &expected : { QStringLiteral("热轧精轧机组维护手册"), QStringLiteral("Hot Strip Finishing Mill"),
             QStringLiteral("划痕"), QStringLiteral("scratch"), QStringLiteral("除鳞压力不足"),
             QStringLiteral("轧机振动"), QStringLiteral("roll_force_kN"), QStringLiteral("A3101") })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    const std::unique_ptr<Poppler::Page> contents = document->page(1);
    QVERIFY(contents->text(QRectF()).contains(QStringLiteral("失效模式与原因")));
}

QTEST_MAIN(TestSampleGenerators)
#include "tst_samplegenerators.moc"
