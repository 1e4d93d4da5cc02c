#include "terminal.h"

#include "project/storeerror.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace rwb::cli {

namespace {
void line(std::FILE *to, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), to);
    std::fputc('\n', to);
}
} // namespace

void out(const QString &text)
{
    line(stdout, text);
}

void err(const QString &text)
{
    line(stderr, text);
}

void printJson(const QJsonValue &value)
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

QString takeOption(QStringList &args, const QString &option, bool flag)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == option) {
            if (flag) {
                args.removeAt(i);
                return QStringLiteral("1");
            }
            if (i + 1 >= args.size())
                return {};
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (!flag && args[i].startsWith(option + QLatin1Char('='))) {
            const QString value = args[i].mid(option.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return {};
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw project::StoreError(project::StoreError::Code::Generic,
            QCoreApplication::translate("rwb::cli::KgCommands", "%1: cannot be written (%2)")
                .arg(path, f.errorString()));
}

} // namespace rwb::cli
