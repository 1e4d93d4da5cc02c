#include "loggenerator.h"

#include "samplerandom.h"
#include "signalgenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace rwb::sample {

namespace {

struct Event
{
    qint64 ms = 0;
    int sequence = 0;
    QString level;
    QString source;
    QString code;
    QString message;
};

class EventList
{
public:
    EventList(qint64 startMs, qint64 endMs)
        : m_startMs(startMs)
        , m_endMs(endMs)
    { }

    void add(qint64 ms, const QString &level, const QString &source, const QString &code, const QString &message)
    {
        if (ms < m_startMs || ms > m_endMs)
            return;
        m_events.push_back({ ms, m_sequence++, level, source, code, message });
    }

    std::vector<Event> sorted()
    {
        std::sort(m_events.begin(), m_events.end(),
            [](const Event &a, const Event &b) { return a.ms < b.ms || (a.ms == b.ms && a.sequence < b.sequence); });
        return m_events;
    }

private:
    qint64 m_startMs;
    qint64 m_endMs;
    int m_sequence = 0;
    std::vector<Event> m_events;
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString info()
{
    return QStringLiteral("INFO");
}

QString warn()
{
    return QStringLiteral("WARN");
}

QString alarm()
{
    return QStringLiteral("ALARM");
}

} // namespace

LogGenerator::LogGenerator()
    : m_startTime(SignalGenerator::defaultStartTime())
{ }

void LogGenerator::setStartTime(const QDateTime &start)
{
    m_startTime = start.toUTC();
}

bool LogGenerator::generate(const QString &filePath, qint64 rowCount, const QList<CoilPass> &coils,
    const QList<SignalAnomaly> &anomalies, quint64 seed)
{
    m_errorString.clear();
    m_lineCount = 0;
    const qint64 startMs = m_startTime.toMSecsSinceEpoch();
    const qint64 period = SignalGenerator::samplePeriodMs;
    const qint64 endMs = startMs + std::max<qint64>(0, rowCount - 1) * period;
    const auto at = [startMs, period](qint64 row) { return startMs + row * period; };
    SampleRandom rng(seed ^ 0x106ULL);
    EventList events(startMs, endMs);

    events.add(startMs, info(), QStringLiteral("SYS"), QStringLiteral("I0001"),
        QStringLiteral("Shift B took over the finishing mill, status READY (交接班完成)"));
    events.add(startMs, info(), QStringLiteral("SYS"), QStringLiteral("I0002"),
        QStringLiteral("Level 2 model online, rolling schedule loaded: %1 coils").arg(coils.size()));

    // Routine status every minute.
    for (qint64 ms = startMs + 60000; ms <= endMs; ms += 60000) {
        const double oilTemperature = 44.0 + rng.normal(0.0, 0.8);
        events.add(ms, info(), QStringLiteral("HYD"), QStringLiteral("I0100"),
            QStringLiteral("Status: AGC supply %1 bar, oil %2 °C, lube flow %3 l/min, cooling water %4 MPa")
                .arg(number(rng.normal(245.0, 1.5), 1), number(oilTemperature, 1), number(rng.normal(182.0, 3.0), 0),
                    number(rng.normal(0.42, 0.01), 2)));
        if (rng.chance(0.015))
            events.add(ms + 400, warn(), QStringLiteral("HYD"), QStringLiteral("W6001"),
                QStringLiteral("Hydraulic filter differential pressure %1 bar > 3.5 bar, change filter at next stop "
                               "(过滤器压差高)")
                    .arg(number(rng.uniform(3.6, 4.4), 1)));
    }

    const QStringList stands { QStringLiteral("F1"), QStringLiteral("F2"), QStringLiteral("F3"), QStringLiteral("F4"),
        QStringLiteral("F5"), QStringLiteral("F6"), QStringLiteral("F7") };
    qint64 previousTail = -1;
    for (const CoilPass &coil : coils) {
        const qint64 head = at(coil.headIndex);
        const QString slab = QStringLiteral("S%1").arg(coil.coilId.mid(1));
        if (coil.afterRollChange && previousTail >= 0) {
            const qint64 stop = at(previousTail) + 25000;
            events.add(stop, info(), QStringLiteral("RC"), QStringLiteral("I2001"),
                QStringLiteral("Planned work roll change F1-F7 started (计划换辊)"));
            events.add(stop + 95000, info(), QStringLiteral("RC"), QStringLiteral("I2002"),
                QStringLiteral("Old work rolls out. F3 top roll wear %1 mm, fire cracks (热裂纹) noted on F2/F3")
                    .arg(number(rng.uniform(0.35, 0.6), 2)));
            events.add(stop + 110000, warn(), QStringLiteral("RC"), QStringLiteral("W2003"),
                QStringLiteral("F4 drive side chock liner clearance %1 mm > 0.5 mm, liner replacement scheduled "
                               "(轴承座衬板间隙超标)")
                    .arg(number(rng.uniform(0.55, 0.8), 2)));
            events.add(stop + 260000, info(), QStringLiteral("RC"), QStringLiteral("I2004"),
                QStringLiteral("New work rolls in: set WR-26-%1, ground crown 0.05 mm")
                    .arg(rng.bounded(10, 99), 3, 10, QLatin1Char('0')));
            events.add(head - 150000, info(), QStringLiteral("RC"), QStringLiteral("I2005"),
                QStringLiteral("Roll gap zero calibration (kiss) F1-F7 done"));
            events.add(head - 60000, info(), QStringLiteral("RC"), QStringLiteral("I2006"),
                QStringLiteral("Work roll change complete, mill released for rolling (换辊完成)"));
        }

        events.add(head - 95000, info(), QStringLiteral("RHF"), QStringLiteral("I1001"),
            QStringLiteral("Slab %1 discharged from furnace 2, %2 °C").arg(slab, number(rng.normal(1215.0, 8.0), 0)));
        events.add(head - 42000, info(), QStringLiteral("RM"), QStringLiteral("I1010"),
            QStringLiteral("Slab %1 roughing R2 pass 5/5 done, transfer bar %2 mm")
                .arg(slab, number(rng.uniform(34.0, 42.0), 1)));
        events.add(head - 9000, info(), QStringLiteral("FM"), QStringLiteral("I1020"),
            QStringLiteral("Setup %1: %2, %3 x %4 mm, F1-F7 gaps and speeds set")
                .arg(coil.coilId, coil.steelGrade, number(coil.thicknessMm, 1))
                .arg(coil.widthMm));
        const double descaling = rng.chance(0.07) ? rng.uniform(130.0, 158.0) : rng.normal(184.0, 4.0);
        events.add(head - 3000, info(), QStringLiteral("FSB"), QStringLiteral("I1030"),
            QStringLiteral("Finishing descaler ON, header pressure %1 bar").arg(number(descaling, 0)));
        if (descaling < 160.0) {
            const bool low = descaling < 140.0;
            events.add(head - 2800, low ? alarm() : warn(), QStringLiteral("FSB"),
                low ? QStringLiteral("A1032") : QStringLiteral("W1031"),
                QStringLiteral("Descaling pressure low: %1 bar < 160 bar on coil %2, risk of rolled-in scale "
                               "(除鳞压力不足, 氧化铁皮压入风险)")
                    .arg(number(descaling, 0), coil.coilId));
        }
        for (int i = 0; i < stands.size(); ++i)
            events.add(head + i * 330, info(), stands.at(i), QStringLiteral("I1040"),
                QStringLiteral("Head end of %1 threaded").arg(coil.coilId));
        events.add(head + 1200, info(), QStringLiteral("LP"), QStringLiteral("I1050"),
            QStringLiteral("Loopers LP1-LP6 up, interstand tension control ON"));
        events.add(head + 3100, info(), QStringLiteral("DC"), QStringLiteral("I1060"),
            QStringLiteral("Head end at down coiler DC2, mandrel expanded"));
        events.add(head + 4500, info(), QStringLiteral("FM"), QStringLiteral("I1070"),
            QStringLiteral("Threading complete, zoom acceleration started"));

        if (coil.tailIndex < rowCount - 1) {
            const qint64 tail = at(coil.tailIndex);
            const double rolledSeconds = static_cast<double>(tail - head) / 1000.0;
            events.add(tail - 2000, info(), QStringLiteral("LP"), QStringLiteral("I1090"),
                QStringLiteral("Tail end left F1, loopers down"));
            events.add(tail, info(), QStringLiteral("FM"), QStringLiteral("I1100"),
                QStringLiteral("Tail out F7, coil %1 rolled in %2 s, FT7 mean %3 °C, gauge deviation ±%4 µm")
                    .arg(coil.coilId, number(rolledSeconds, 1), number(rng.normal(872.0, 8.0), 0),
                        number(rng.uniform(12.0, 35.0), 0)));
            events.add(tail + 18000, info(), QStringLiteral("DC"), QStringLiteral("I1110"),
                QStringLiteral("Coil %1 strapped and weighed, %2 t")
                    .arg(coil.coilId, number(rng.uniform(18.0, 25.0), 1)));
            const int defects = rng.chance(0.6) ? 0 : rng.bounded(1, 6);
            if (defects == 0) {
                events.add(tail + 21000, info(), QStringLiteral("SIS"), QStringLiteral("I1120"),
                    QStringLiteral("Surface inspection %1: no defects above class 2").arg(coil.coilId));
            } else {
                static const char *const kinds[] = { "scratch (划痕)", "inclusion (夹杂)", "patches (斑块)",
                    "pitted surface (麻点)", "crazing (龟裂)" };
                const QString kind = QString::fromUtf8(kinds[rng.bounded(0, 4)]);
                events.add(tail + 21000, defects >= 4 ? warn() : info(), QStringLiteral("SIS"),
                    defects >= 4 ? QStringLiteral("W1121") : QStringLiteral("I1120"),
                    QStringLiteral("Surface inspection %1: %2 defects, mostly %3")
                        .arg(coil.coilId)
                        .arg(defects)
                        .arg(kind));
            }
            previousTail = coil.tailIndex;
        }
    }

    const QStringList names = SignalGenerator::channelNames();
    for (const SignalAnomaly &anomaly : anomalies) {
        const qint64 start = at(anomaly.startIndex);
        const qint64 end = at(anomaly.endIndex);
        const qint64 length = end - start;
        const bool severe = anomaly.severity == QLatin1String("severe");
        const bool minor = anomaly.severity == QLatin1String("minor");
        const QString channel = anomaly.channels.value(0);
        if (anomaly.className == QLatin1String("roll_chatter")) {
            const QString stand = stands.at(rng.bounded(2, 4));
            const double peak
                = minor ? rng.uniform(5.0, 7.0) : (severe ? rng.uniform(11.0, 17.0) : rng.uniform(7.0, 11.0));
            events.add(start + length / 4, alarm(), stand, QStringLiteral("A3101"),
                QStringLiteral("Mill chatter: vibration_mm_s %1 mm/s > 6.0 mm/s, third-octave band (轧机振动报警)")
                    .arg(number(peak, 1)));
            if (severe)
                events.add(start + length / 3, warn(), QStringLiteral("FM"), QStringLiteral("W3103"),
                    QStringLiteral("Chatter suppression: mill speed reduced by 8 %"));
            events.add(end + 300, info(), stand, QStringLiteral("I3101"), QStringLiteral("Vibration back to normal"));
            events.add(end + 40000, warn(), QStringLiteral("MNT"), QStringLiteral("W3102"),
                QStringLiteral("Work order: inspect %1 backup roll bearings and chock liners, bearing wear suspected "
                               "(轴承磨损)")
                    .arg(stand));
        } else if (anomaly.className == QLatin1String("tension_spike")) {
            const QString looper
                = channel.startsWith(QLatin1String("entry")) ? QStringLiteral("LP2") : QStringLiteral("LP3");
            const double percent
                = minor ? rng.uniform(35.0, 60.0) : (severe ? rng.uniform(100.0, 130.0) : rng.uniform(60.0, 100.0));
            events.add(start + 80, minor ? warn() : alarm(), looper, QStringLiteral("A2204"),
                QStringLiteral("Interstand tension spike on %1: +%2 % of setpoint (张力突变)")
                    .arg(channel, number(percent, 0)));
            events.add(end + 200, info(), looper, QStringLiteral("I2204"), QStringLiteral("Looper tension stable"));
        } else if (anomaly.className == QLatin1String("temperature_drop")) {
            const double low
                = minor ? rng.uniform(822.0, 838.0) : (severe ? rng.uniform(780.0, 805.0) : rng.uniform(805.0, 822.0));
            events.add(start + length / 2, minor ? warn() : alarm(), QStringLiteral("FT7"),
                minor ? QStringLiteral("W4102") : QStringLiteral("A4102"),
                QStringLiteral(
                    "Finishing temperature low: %1 °C < 840 °C (终轧温度偏低), check interstand cooling valves")
                    .arg(number(low, 0)));
        } else if (anomaly.className == QLatin1String("sensor_dropout")) {
            events.add(start, alarm(), QStringLiteral("IO"), QStringLiteral("A9001"),
                QStringLiteral("Signal lost: %1, ET200 station 4 slot %2 (信号丢失)")
                    .arg(channel)
                    .arg(names.indexOf(channel) + 1));
            events.add(end + period, info(), QStringLiteral("IO"), QStringLiteral("I9002"),
                QStringLiteral("Signal restored: %1").arg(channel));
        } else if (anomaly.className == QLatin1String("slow_drift")) {
            const bool temperature = channel == QLatin1String("strip_temp_C");
            events.add(start + length * 9 / 10, warn(), QStringLiteral("CAL"), QStringLiteral("W5001"),
                QStringLiteral("%1 deviates from reference instrument, %2 (传感器漂移)")
                    .arg(channel,
                        temperature ? QStringLiteral("pyrometer lens fouling suspected")
                                    : QStringLiteral("pressure transducer zero offset")));
            events.add(end + period, info(), QStringLiteral("CAL"), QStringLiteral("I5002"),
                QStringLiteral("%1 recalibrated%2")
                    .arg(channel, temperature ? QStringLiteral(", lens cleaned") : QString()));
        }
    }

    QFileInfo(filePath).absoluteDir().mkpath(QStringLiteral("."));
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_errorString = QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    QByteArray text;
    const std::vector<Event> sorted = events.sorted();
    for (const Event &event : sorted) {
        const QString timestamp = QDateTime::fromMSecsSinceEpoch(event.ms).toUTC().toString(Qt::ISODateWithMs);
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(timestamp, event.level.leftJustified(5), event.source.leftJustified(4), event.code,
                        event.message)
                    .toUtf8();
    }
    if (file.write(text) != text.size()) {
        m_errorString = QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    m_lineCount = static_cast<int>(sorted.size());
    return true;
}

} // namespace rwb::sample
