#include "signalgenerator.h"

#include "samplerandom.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTime>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace rwb::sample {

namespace {

enum Channel {
    RollForce,
    StripSpeed,
    EntryTension,
    ExitTension,
    StripTemperature,
    MotorCurrent,
    Vibration,
    HydraulicPressure,
    ChannelCount
};

constexpr std::array<int, ChannelCount> kDecimals { 1, 3, 1, 1, 1, 1, 2, 1 };
constexpr double kTwoPi = 2.0 * std::numbers::pi;
constexpr qint64 kRowsPerSecond = 1000 / SignalGenerator::samplePeriodMs;
// Reading of the finishing pyrometer with no strip under it.
constexpr double kPyrometerFloor = 615.0;

enum class AnomalyKind { Chatter, TensionSpike, TemperatureDrop, Dropout, Drift };

// A coil's rolling plan; phase boundaries are absolute rows.
struct CoilPlan
{
    CoilPass pass;
    qint64 threadEnd = 0;
    qint64 accelerationEnd = 0;
    qint64 decelerationStart = 0;
    qint64 tailOutStart = 0;
    double threadSpeed = 9.0;
    double topSpeed = 12.0;
    double tailSpeed = 9.5;
    double forceLevel = 18000.0;
    double temperatureAim = 880.0;
    double entryTension = 120.0;
    double exitTension = 110.0;
    double skidPeriod = 650.0;
    double skidPhase = 0.0;
    double eccentricityPeriod = 40.0;
    double wanderPeriod = 900.0;
    double wanderPhase = 0.0;
};

struct AnomalyPlan
{
    SignalAnomaly truth;
    AnomalyKind kind = AnomalyKind::Chatter;
    int channel = Vibration;
    double amplitude = 0.0;
    // Chatter: oscillation frequency as seen at 100 Hz sampling (cycles per row).
    double frequency = 0.0;
};

double smooth01(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

QString severityFor(double value, double moderate, double severe)
{
    if (value < moderate)
        return QStringLiteral("minor");
    if (value < severe)
        return QStringLiteral("moderate");
    return QStringLiteral("severe");
}

constexpr const char *kGrades[] = { "Q235B", "SPHC", "Q345B", "SS400", "SPHT1", "S355JR", "DC01", "Q195" };

std::vector<CoilPlan> planCoils(qint64 rowCount, quint64 seed)
{
    SampleRandom rng(seed ^ 0xc011ULL);
    std::vector<CoilPlan> coils;
    qint64 cursor = rng.bounded(5, 15) * kRowsPerSecond;
    bool rollChangeDone = rowCount < 600000;
    int sequence = 1;
    while (true) {
        CoilPlan coil;
        const bool rollChange = !rollChangeDone && cursor > rowCount * 45 / 100;
        if (rollChange) {
            // A work roll change stops the mill for about ten minutes.
            cursor += rng.bounded(540, 720) * kRowsPerSecond;
            rollChangeDone = true;
        }
        coil.pass.afterRollChange = rollChange;
        coil.pass.coilId = QStringLiteral("H260302%1").arg(sequence++, 4, 10, QLatin1Char('0'));
        coil.pass.steelGrade = QString::fromLatin1(kGrades[rng.bounded(0, static_cast<int>(std::size(kGrades)) - 1)]);
        coil.pass.thicknessMm = std::round(rng.uniform(1.8, 8.0) * 10.0) / 10.0;
        coil.pass.widthMm = rng.bounded(100, 165) * 10;
        const double thickness = coil.pass.thicknessMm;
        // Thin strip runs faster; the mill threads slowly and then zooms up.
        coil.threadSpeed = std::clamp(11.5 - 0.55 * thickness + rng.normal(0.0, 0.3), 6.5, 11.0);
        coil.topSpeed = std::min(15.5, coil.threadSpeed * rng.uniform(1.25, 1.55));
        coil.tailSpeed = coil.threadSpeed * rng.uniform(1.02, 1.12);
        coil.forceLevel = (11000.0 + 21000.0 * coil.pass.widthMm / 1650.0 / std::sqrt(thickness))
            * rng.uniform(0.9, 1.1) * (coil.pass.steelGrade.startsWith(QLatin1String("Q345")) ? 1.15 : 1.0);
        coil.temperatureAim = rng.uniform(860.0, 900.0);
        coil.entryTension = rng.uniform(90.0, 220.0) * coil.pass.widthMm / 1400.0;
        coil.exitTension = coil.entryTension * rng.uniform(0.8, 0.95);
        coil.skidPeriod = rng.uniform(550.0, 800.0);
        coil.skidPhase = rng.uniform(0.0, coil.skidPeriod);
        coil.eccentricityPeriod = rng.uniform(36.0, 44.0);
        coil.wanderPeriod = rng.uniform(600.0, 1500.0);
        coil.wanderPhase = rng.uniform(0.0, kTwoPi);

        // A coil of about 20 t: its length follows from width and thickness.
        const double lengthM = rng.uniform(17000.0, 26000.0) / (7.85 * coil.pass.widthMm * thickness / 1000.0);
        const double threadRows = rng.uniform(3.0, 4.5) * kRowsPerSecond;
        const double accelerationRows = rng.uniform(10.0, 18.0) * kRowsPerSecond;
        const double decelerationRows = rng.uniform(5.0, 8.0) * kRowsPerSecond;
        const double tailOutRows = rng.uniform(1.5, 2.5) * kRowsPerSecond;
        const double rampMetres
            = (threadRows * coil.threadSpeed + accelerationRows * 0.5 * (coil.threadSpeed + coil.topSpeed)
                  + decelerationRows * 0.5 * (coil.topSpeed + coil.tailSpeed) + tailOutRows * coil.tailSpeed)
            / kRowsPerSecond;
        const double steadyRows
            = std::max(5.0 * kRowsPerSecond, (lengthM - rampMetres) / coil.topSpeed * kRowsPerSecond);

        coil.pass.headIndex = cursor;
        coil.threadEnd = cursor + static_cast<qint64>(threadRows);
        coil.accelerationEnd = coil.threadEnd + static_cast<qint64>(accelerationRows);
        coil.decelerationStart = coil.accelerationEnd + static_cast<qint64>(steadyRows);
        coil.tailOutStart = coil.decelerationStart + static_cast<qint64>(decelerationRows);
        coil.pass.tailIndex = coil.tailOutStart + static_cast<qint64>(tailOutRows);
        if (coil.pass.headIndex >= rowCount)
            break;
        coils.push_back(coil);
        cursor = coil.pass.tailIndex + 1 + rng.bounded(15, 45) * kRowsPerSecond;
    }
    return coils;
}

bool overlapsAny(const std::vector<AnomalyPlan> &plans, qint64 start, qint64 end, qint64 margin)
{
    return std::any_of(plans.cbegin(), plans.cend(), [&](const AnomalyPlan &plan) {
        return plan.kind != AnomalyKind::Drift && start <= plan.truth.endIndex + margin
            && end >= plan.truth.startIndex - margin;
    });
}

std::vector<AnomalyPlan> planAnomalies(const std::vector<CoilPlan> &coils, qint64 rowCount, quint64 seed)
{
    SampleRandom rng(seed ^ 0xa40aULL);
    const QStringList names = SignalGenerator::channelNames();
    std::vector<AnomalyPlan> plans;

    // Slow drift of a sensor until it is recalibrated: long, and may overlap the short anomalies.
    const qint64 drifts = rowCount >= 1000 ? std::max<qint64>(1, rowCount / 500000) : 0;
    for (qint64 i = 0; i < drifts; ++i) {
        const qint64 span = rowCount / drifts;
        const qint64 length = std::min<qint64>(span * 2 / 3, rng.bounded(60000, 150000));
        AnomalyPlan plan;
        plan.kind = AnomalyKind::Drift;
        plan.truth.className = QStringLiteral("slow_drift");
        plan.truth.startIndex
            = i * span + rng.bounded(0, static_cast<int>(std::min<qint64>(span - length - 1, 1 << 30)));
        plan.truth.endIndex = plan.truth.startIndex + length - 1;
        // Pyrometer lens fouling reads low; a pressure transducer creeps up.
        if (rng.chance(0.5)) {
            plan.channel = StripTemperature;
            plan.amplitude = -rng.uniform(12.0, 35.0);
            plan.truth.severity = severityFor(-plan.amplitude, 18.0, 28.0);
        } else {
            plan.channel = HydraulicPressure;
            plan.amplitude = rng.uniform(5.0, 16.0);
            plan.truth.severity = severityFor(plan.amplitude, 8.0, 12.0);
        }
        plan.truth.channels = QStringList { names.at(plan.channel) };
        plans.push_back(plan);
    }

    const qint64 shortCount = std::clamp<qint64>(rowCount / 40000, 4, 400);
    const std::array<AnomalyKind, 4> cycle { AnomalyKind::Chatter, AnomalyKind::TensionSpike,
        AnomalyKind::TemperatureDrop, AnomalyKind::Dropout };
    const int offset = rng.bounded(0, 3);
    for (qint64 i = 0; i < shortCount; ++i) {
        AnomalyPlan plan;
        plan.kind = cycle[static_cast<size_t>((i + offset) % 4)];
        qint64 length = 0;
        switch (plan.kind) {
        case AnomalyKind::Chatter:
            length = rng.bounded(200, 600);
            break;
        case AnomalyKind::TensionSpike:
            length = rng.bounded(40, 150);
            break;
        case AnomalyKind::TemperatureDrop:
            length = rng.bounded(300, 1000);
            break;
        case AnomalyKind::Dropout:
        case AnomalyKind::Drift:
            length = rng.bounded(200, 600);
            break;
        }
        bool placed = false;
        for (int attempt = 0; attempt < 60 && !placed; ++attempt) {
            qint64 low = 0;
            qint64 high = rowCount - 1;
            if (!coils.empty()) {
                const CoilPlan &coil = coils[static_cast<size_t>(rng.bounded(0, static_cast<int>(coils.size()) - 1))];
                switch (plan.kind) {
                case AnomalyKind::Chatter:
                case AnomalyKind::TemperatureDrop:
                    low = coil.accelerationEnd;
                    high = coil.decelerationStart;
                    break;
                case AnomalyKind::TensionSpike:
                    low = coil.threadEnd + 2 * kRowsPerSecond;
                    high = coil.tailOutStart;
                    break;
                case AnomalyKind::Dropout:
                case AnomalyKind::Drift:
                    low = coil.pass.headIndex;
                    high = coil.pass.tailIndex;
                    break;
                }
            } else if (plan.kind != AnomalyKind::Dropout) {
                break;
            }
            high = std::min(high, rowCount - 1);
            if (high - low + 1 < length)
                continue;
            const qint64 start
                = low + rng.bounded(0, static_cast<int>(std::min<qint64>(high - low + 1 - length, 1 << 30)));
            const qint64 end = start + length - 1;
            if (overlapsAny(plans, start, end, 3 * kRowsPerSecond))
                continue;
            plan.truth.startIndex = start;
            plan.truth.endIndex = end;
            placed = true;
        }
        if (!placed)
            continue;
        switch (plan.kind) {
        case AnomalyKind::Chatter: {
            plan.truth.className = QStringLiteral("roll_chatter");
            plan.channel = Vibration;
            plan.amplitude = rng.uniform(3.0, 15.0);
            // Third-octave chatter at 110-190 Hz, aliased by the 100 Hz sampling.
            const double hertz = rng.uniform(110.0, 190.0);
            plan.frequency = std::abs(hertz - 100.0 * std::round(hertz / 100.0)) / kRowsPerSecond;
            plan.truth.channels = QStringList { names.at(Vibration), names.at(RollForce), names.at(HydraulicPressure) };
            plan.truth.severity = severityFor(plan.amplitude, 5.0, 9.0);
            break;
        }
        case AnomalyKind::TensionSpike:
            plan.truth.className = QStringLiteral("tension_spike");
            plan.channel = rng.chance(0.5) ? EntryTension : ExitTension;
            plan.amplitude = rng.uniform(0.35, 1.3);
            plan.truth.channels = QStringList { names.at(plan.channel), names.at(MotorCurrent) };
            plan.truth.severity = severityFor(plan.amplitude, 0.6, 1.0);
            break;
        case AnomalyKind::TemperatureDrop:
            plan.truth.className = QStringLiteral("temperature_drop");
            plan.channel = StripTemperature;
            plan.amplitude = rng.uniform(20.0, 80.0);
            plan.truth.channels = QStringList { names.at(StripTemperature), names.at(RollForce) };
            plan.truth.severity = severityFor(plan.amplitude, 35.0, 60.0);
            break;
        case AnomalyKind::Dropout:
        case AnomalyKind::Drift:
            plan.truth.className = QStringLiteral("sensor_dropout");
            plan.channel = rng.bounded(0, ChannelCount - 1);
            plan.truth.channels = QStringList { names.at(plan.channel) };
            plan.truth.severity
                = severityFor(static_cast<double>(plan.truth.endIndex - plan.truth.startIndex), 300, 500);
            break;
        }
        plans.push_back(plan);
    }
    std::sort(plans.begin(), plans.end(),
        [](const AnomalyPlan &a, const AnomalyPlan &b) { return a.truth.startIndex < b.truth.startIndex; });
    return plans;
}

// Clean (noise-free) temperature of a coil at a row, shared by the temperature and force channels.
double coilTemperature(const CoilPlan &coil, qint64 row, double speed)
{
    const double tau = static_cast<double>(row - coil.pass.headIndex);
    const double progress = tau / static_cast<double>(coil.pass.tailIndex - coil.pass.headIndex + 1);
    const double zoom = (speed - coil.threadSpeed) / std::max(0.1, coil.topSpeed - coil.threadSpeed);
    double temperature = coil.temperatureAim - 22.0 * progress + 14.0 * zoom - 12.0 * std::exp(-tau / 150.0);
    // Skid marks from the reheating furnace: short periodic dips.
    const double phase = std::fmod(tau + coil.skidPhase, coil.skidPeriod) - 0.5 * coil.skidPeriod;
    const double width = 0.07 * coil.skidPeriod;
    temperature -= 9.0 * std::exp(-(phase * phase) / (width * width));
    temperature += 3.0 * std::sin(kTwoPi * tau / coil.wanderPeriod + coil.wanderPhase);
    return temperature;
}

double coilSpeed(const CoilPlan &coil, qint64 row)
{
    double speed;
    if (row < coil.threadEnd)
        speed = coil.threadSpeed;
    else if (row < coil.accelerationEnd)
        speed = coil.threadSpeed
            + (coil.topSpeed - coil.threadSpeed)
                * smooth01(static_cast<double>(row - coil.threadEnd)
                    / static_cast<double>(coil.accelerationEnd - coil.threadEnd));
    else if (row < coil.decelerationStart)
        speed = coil.topSpeed;
    else if (row < coil.tailOutStart)
        speed = coil.topSpeed
            + (coil.tailSpeed - coil.topSpeed)
                * smooth01(static_cast<double>(row - coil.decelerationStart)
                    / static_cast<double>(coil.tailOutStart - coil.decelerationStart));
    else
        speed = coil.tailSpeed;
    // The head biting into F1 pulls the speed down for a moment.
    const double tau = static_cast<double>(row - coil.pass.headIndex);
    return speed * (1.0 - 0.02 * std::exp(-tau / 30.0));
}

// Mill speed between coils: towards the next threading speed, or down to zero for a roll change.
double gapSpeed(const CoilPlan *previous, const CoilPlan *next, qint64 row)
{
    const double from = previous ? previous->tailSpeed : (next ? next->threadSpeed : 8.0);
    const double to = next ? next->threadSpeed : from;
    const qint64 gapStart = previous ? previous->pass.tailIndex + 1 : 0;
    const double since = static_cast<double>(row - gapStart);
    if (next && next->pass.afterRollChange) {
        const double until = static_cast<double>(next->pass.headIndex - row);
        if (until < 40.0 * kRowsPerSecond)
            return to * smooth01(1.0 - (until - 10.0 * kRowsPerSecond) / (30.0 * kRowsPerSecond));
        return from * (1.0 - smooth01(since / (20.0 * kRowsPerSecond)));
    }
    return from + (to - from) * smooth01(since / (5.0 * kRowsPerSecond));
}

double tensionEnvelope(const CoilPlan &coil, qint64 row)
{
    const double tau = static_cast<double>(row - coil.pass.headIndex);
    if (tau < 120.0)
        return 0.0;
    // The looper comes up after the head has passed, with a damped overshoot.
    const double t = tau - 120.0;
    double envelope = smooth01(t / 80.0) + 0.15 * std::exp(-t / 120.0) * std::sin(kTwoPi * t / 160.0);
    const double untilTail = static_cast<double>(coil.pass.tailIndex - row);
    if (untilTail < 110.0)
        envelope *= smooth01((untilTail - 60.0) / 50.0);
    return envelope;
}

class CsvWriter
{
public:
    explicit CsvWriter(QFile &file)
        : m_file(file)
        , m_buffer(size_t { 1 } << 22)
    { }

    char *reserve()
    {
        if (m_used + 512 > m_buffer.size())
            flush();
        return m_buffer.data() + m_used;
    }

    void commit(char *end) { m_used = static_cast<size_t>(end - m_buffer.data()); }

    bool flush()
    {
        if (m_used > 0 && m_file.write(m_buffer.data(), static_cast<qint64>(m_used)) != static_cast<qint64>(m_used))
            m_failed = true;
        m_used = 0;
        return !m_failed;
    }

    bool failed() const { return m_failed; }

private:
    QFile &m_file;
    std::vector<char> m_buffer;
    size_t m_used = 0;
    bool m_failed = false;
};

char *writeFixed(char *out, double value, int decimals)
{
    static constexpr std::array<qint64, 4> scales { 1, 10, 100, 1000 };
    const qint64 scale = scales[static_cast<size_t>(decimals)];
    qint64 scaled = std::llround(value * static_cast<double>(scale));
    if (scaled < 0) {
        *out++ = '-';
        scaled = -scaled;
    }
    out = std::to_chars(out, out + 24, scaled / scale).ptr;
    if (decimals > 0) {
        *out++ = '.';
        qint64 fraction = scaled % scale;
        for (int i = decimals - 1; i >= 0; --i) {
            out[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        out += decimals;
    }
    return out;
}

char *writeDigits(char *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + digits;
}

} // namespace

SignalGenerator::SignalGenerator()
    : m_startTime(defaultStartTime())
{ }

QDateTime SignalGenerator::defaultStartTime()
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T06:00:00Z"), Qt::ISODate);
}

void SignalGenerator::setStartTime(const QDateTime &start)
{
    m_startTime = start.toUTC();
}

QDateTime SignalGenerator::timestampForRow(qint64 row) const
{
    return m_startTime.addMSecs(row * samplePeriodMs);
}

QStringList SignalGenerator::channelNames()
{
    return { QStringLiteral("roll_force_kN"), QStringLiteral("strip_speed_mps"), QStringLiteral("entry_tension_kN"),
        QStringLiteral("exit_tension_kN"), QStringLiteral("strip_temp_C"), QStringLiteral("motor_current_A"),
        QStringLiteral("vibration_mm_s"), QStringLiteral("hydraulic_pressure_bar") };
}

QStringList SignalGenerator::anomalyClasses()
{
    return { QStringLiteral("roll_chatter"), QStringLiteral("tension_spike"), QStringLiteral("temperature_drop"),
        QStringLiteral("sensor_dropout"), QStringLiteral("slow_drift") };
}

bool SignalGenerator::generate(const QString &filePath, qint64 rowCount, quint64 seed)
{
    m_errorString.clear();
    m_anomalies.clear();
    m_coils.clear();
    if (rowCount < 1) {
        m_errorString = QStringLiteral("Row count must be positive");
        return false;
    }
    QFileInfo(filePath).absoluteDir().mkpath(QStringLiteral("."));
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_errorString = QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }

    const std::vector<CoilPlan> coils = planCoils(rowCount, seed);
    const std::vector<AnomalyPlan> plans = planAnomalies(coils, rowCount, seed);
    SampleRandom rng(seed ^ 0x516aULL);

    CsvWriter writer(file);
    {
        const QByteArray header = "timestamp," + channelNames().join(QLatin1Char(',')).toLatin1() + '\n';
        char *out = writer.reserve();
        std::copy(header.cbegin(), header.cend(), out);
        writer.commit(out + header.size());
    }

    const qint64 startMs = m_startTime.toMSecsSinceEpoch();
    constexpr qint64 msPerDay = 86400000;
    qint64 cachedDay = std::numeric_limits<qint64>::min();
    char datePrefix[16] = {};

    size_t coilIndex = 0;
    double lastTemperature = kPyrometerFloor;
    std::vector<const AnomalyPlan *> active;
    size_t nextPlan = 0;
    std::array<double, ChannelCount> values {};
    std::array<bool, ChannelCount> missing {};

    for (qint64 row = 0; row < rowCount; ++row) {
        while (coilIndex < coils.size() && row > coils[coilIndex].pass.tailIndex)
            ++coilIndex;
        const CoilPlan *coil
            = coilIndex < coils.size() && row >= coils[coilIndex].pass.headIndex ? &coils[coilIndex] : nullptr;
        if (coil) {
            const double tau = static_cast<double>(row - coil->pass.headIndex);
            const double speed = coilSpeed(*coil, row);
            const double previousSpeed = coilSpeed(*coil, std::max(coil->pass.headIndex, row - 1));
            const double acceleration = (speed - previousSpeed) * kRowsPerSecond;
            const double cleanTemperature = coilTemperature(*coil, row, speed);
            double force = coil->forceLevel * (1.0 + 0.004 * (coil->temperatureAim - cleanTemperature));
            force *= 1.0 + 0.07 * std::exp(-tau / 80.0); // colder head, no tension yet
            force *= 1.0 + 0.006 * std::sin(kTwoPi * tau / coil->wanderPeriod + coil->wanderPhase);
            force *= 1.0 + 0.003 * std::sin(kTwoPi * tau / coil->eccentricityPeriod); // backup roll eccentricity
            const double untilTail = static_cast<double>(coil->pass.tailIndex - row);
            if (row >= coil->tailOutStart)
                force *= 1.04; // tension lost at the tail
            force *= smooth01(tau / 10.0) * smooth01(untilTail / 15.0);
            force = std::max(force, 180.0);
            const double tension = tensionEnvelope(*coil, row);
            const double loop = 1.0 + 0.015 * std::sin(kTwoPi * tau / 150.0);

            values[RollForce] = force * (1.0 + 0.0025 * rng.normal());
            values[StripSpeed] = speed + 0.008 * rng.normal();
            values[EntryTension] = coil->entryTension * tension * loop + 2.0 * rng.normal() * (0.3 + tension);
            values[ExitTension] = coil->exitTension * tension * loop + 2.0 * rng.normal() * (0.3 + tension);
            values[StripTemperature] = cleanTemperature + 1.2 * rng.normal();
            values[MotorCurrent] = 400.0 + 30.0 * speed + 0.16 * force + 260.0 * acceleration
                + 500.0 * std::exp(-tau / 20.0) + 18.0 * rng.normal();
            values[Vibration] = 1.1 + 0.09 * speed + 2.0 * std::exp(-tau / 50.0) + std::abs(0.15 * rng.normal());
            values[HydraulicPressure] = 40.0 + 0.0095 * force + 0.7 * rng.normal();
            lastTemperature = cleanTemperature;
        } else {
            const CoilPlan *previous = coilIndex > 0 ? &coils[coilIndex - 1] : nullptr;
            const CoilPlan *next = coilIndex < coils.size() ? &coils[coilIndex] : nullptr;
            const double speed = gapSpeed(previous, next, row);
            const double since = previous ? static_cast<double>(row - previous->pass.tailIndex) : 1e9;
            values[RollForce] = 180.0 + 25.0 * rng.normal();
            values[StripSpeed] = speed + 0.008 * rng.normal();
            values[EntryTension] = 0.4 * rng.normal();
            values[ExitTension] = 0.4 * rng.normal();
            values[StripTemperature]
                = kPyrometerFloor + (lastTemperature - kPyrometerFloor) * std::exp(-since / 30.0) + 2.0 * rng.normal();
            values[MotorCurrent] = 60.0 + 32.0 * speed + 15.0 * rng.normal();
            values[Vibration] = 0.35 + 0.06 * speed + std::abs(0.05 * rng.normal());
            values[HydraulicPressure] = 42.0 + 0.6 * rng.normal();
        }

        while (nextPlan < plans.size() && plans[nextPlan].truth.startIndex <= row)
            active.push_back(&plans[nextPlan++]);
        std::erase_if(active, [row](const AnomalyPlan *plan) { return plan->truth.endIndex < row; });
        missing.fill(false);
        for (const AnomalyPlan *plan : active) {
            const double length = static_cast<double>(plan->truth.endIndex - plan->truth.startIndex + 1);
            const double x = static_cast<double>(row - plan->truth.startIndex) / length;
            switch (plan->kind) {
            case AnomalyKind::Chatter: {
                const double envelope = smooth01(x / 0.2) * smooth01((1.0 - x) / 0.2);
                const double wave
                    = std::sin(kTwoPi * plan->frequency * static_cast<double>(row - plan->truth.startIndex));
                values[Vibration] += plan->amplitude * envelope * (0.65 + 0.35 * wave);
                values[RollForce] += values[RollForce] * 0.0015 * plan->amplitude * envelope * wave;
                values[HydraulicPressure] += 0.35 * plan->amplitude * envelope * wave;
                break;
            }
            case AnomalyKind::TensionSpike: {
                const double t = static_cast<double>(row - plan->truth.startIndex);
                const double shape = smooth01(t / 8.0) * std::exp(-std::max(0.0, t - 8.0) / (0.25 * length));
                double &tension = values[static_cast<size_t>(plan->channel)];
                tension += plan->amplitude * shape * std::max(20.0, std::abs(tension));
                values[MotorCurrent] *= 1.0 + 0.03 * plan->amplitude * shape;
                break;
            }
            case AnomalyKind::TemperatureDrop: {
                const double s = std::sin(std::numbers::pi * x);
                const double drop = plan->amplitude * s * s;
                values[StripTemperature] -= drop;
                values[RollForce] *= 1.0 + 0.004 * drop;
                values[HydraulicPressure] += 0.0095 * values[RollForce] * 0.004 * drop;
                break;
            }
            case AnomalyKind::Dropout:
                missing[static_cast<size_t>(plan->channel)] = true;
                break;
            case AnomalyKind::Drift:
                values[static_cast<size_t>(plan->channel)] += plan->amplitude * x;
                break;
            }
        }

        const qint64 ms = startMs + row * samplePeriodMs;
        const qint64 day = ms >= 0 ? ms / msPerDay : (ms - msPerDay + 1) / msPerDay;
        if (day != cachedDay) {
            cachedDay = day;
            const QDate date = QDate(1970, 1, 1).addDays(day);
            char *p = writeDigits(datePrefix, date.year(), 4);
            *p++ = '-';
            p = writeDigits(p, date.month(), 2);
            *p++ = '-';
            p = writeDigits(p, date.day(), 2);
            *p = 'T';
        }
        const auto msOfDay = static_cast<int>(ms - day * msPerDay);
        char *out = writer.reserve();
        out = std::copy(datePrefix, datePrefix + 11, out);
        out = writeDigits(out, msOfDay / 3600000, 2);
        *out++ = ':';
        out = writeDigits(out, msOfDay / 60000 % 60, 2);
        *out++ = ':';
        out = writeDigits(out, msOfDay / 1000 % 60, 2);
        *out++ = '.';
        out = writeDigits(out, msOfDay % 1000, 3);
        *out++ = 'Z';
        for (size_t c = 0; c < ChannelCount; ++c) {
            *out++ = ',';
            if (!missing[c])
                out = writeFixed(out, values[c], kDecimals[c]);
        }
        *out++ = '\n';
        writer.commit(out);
    }
    if (!writer.flush() || !file.flush()) {
        m_errorString = QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    file.close();

    for (const CoilPlan &coil : coils) {
        CoilPass pass = coil.pass;
        pass.tailIndex = std::min(pass.tailIndex, rowCount - 1);
        m_coils << pass;
    }
    for (const AnomalyPlan &plan : plans)
        m_anomalies << plan.truth;
    return true;
}

} // namespace rwb::sample
