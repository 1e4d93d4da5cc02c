#include "jsonutil.h"

#include <QJsonArray>

#include <charconv>
#include <cmath>

namespace rwb::project::json {

namespace {

void appendValue(QByteArray &out, const QJsonValue &v);

void appendEscaped(QByteArray &out, char c)
{
    static constexpr char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out.append("\\\"");
        return;
    case '\\':
        out.append("\\\\");
        return;
    case '\n':
        out.append("\\n");
        return;
    case '\r':
        out.append("\\r");
        return;
    case '\t':
        out.append("\\t");
        return;
    case '\b':
        out.append("\\b");
        return;
    case '\f':
        out.append("\\f");
        return;
    default:
        break;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20) {
        const char escaped[] = { '\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf] };
        out.append(escaped, sizeof escaped);
    } else {
        out.append(c);
    }
}

void appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    // Keys and most values are ASCII without escapes: copy runs of those in one append rather
    // than a character at a time, and convert only what follows the first non-ASCII character.
    char run[64];
    qsizetype used = 0;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            break;
        if (c < 0x20 || c == u'"' || c == u'\\') {
            out.append(run, used);
            used = 0;
            appendEscaped(out, static_cast<char>(c));
            continue;
        }
        run[used++] = static_cast<char>(c);
        if (used == qsizetype(sizeof run)) {
            out.append(run, used);
            used = 0;
        }
    }
    out.append(run, used);
    if (i < text.size()) {
        for (const char c : text.mid(i).toUtf8()) {
            if (static_cast<unsigned char>(c) < 0x80)
                appendEscaped(out, c);
            else
                out.append(c);
        }
    }
    out.append('"');
}

void appendNumber(QByteArray &out, const QJsonValue &v)
{
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        out.append("null"); // as QJsonDocument writes them
        return;
    }
    char buffer[32];
    std::to_chars_result r;
    const qint64 i = v.toInteger();
    if (static_cast<double>(i) == d)
        r = std::to_chars(buffer, buffer + sizeof buffer, i);
    else
        r = std::to_chars(buffer, buffer + sizeof buffer, d); // shortest round-trip form
    out.append(buffer, static_cast<qsizetype>(r.ptr - buffer));
}

void appendObject(QByteArray &out, const QJsonObject &o)
{
    out.append('{');
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendValue(out, it.value());
    }
    out.append('}');
}

void appendArray(QByteArray &out, const QJsonArray &a)
{
    out.append('[');
    bool first = true;
    for (const QJsonValue &v : a) {
        if (!first)
            out.append(',');
        first = false;
        appendValue(out, v);
    }
    out.append(']');
}

void appendValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, v);
        break;
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, v.toArray());
        break;
    case QJsonValue::Object:
        appendObject(out, v.toObject());
        break;
    }
}

} // namespace

QByteArray compact(const QJsonObject &o)
{
    if (o.isEmpty())
        return QByteArrayLiteral("{}");
    QByteArray out;
    out.reserve(64);
    appendObject(out, o);
    return out;
}

void appendCompact(QByteArray &out, const QJsonObject &o)
{
    if (o.isEmpty())
        out.append("{}", 2);
    else
        appendObject(out, o);
}

} // namespace rwb::project::json
