#include "classificationmetrics.h"

#include <QJsonArray>

#include <algorithm>

namespace rwb::evaluation {

ClassificationMetrics::Result ClassificationMetrics::evaluate(const QList<Item> &items)
{
    Result r;
    QSet<qint64> all;
    for (const Item &item : items)
        all += item.truth + item.predicted;
    QList<qint64> classes(all.begin(), all.end());
    std::sort(classes.begin(), classes.end());
    r.confusion = ConfusionMatrix(classes);
    for (qint64 c : classes)
        r.perClass.insert(c, Prf {});
    qint64 exact = 0;
    for (const Item &item : items) {
        ++r.items;
        if (item.truth == item.predicted)
            ++exact;
        QList<qint64> missed, extra;
        for (qint64 c : classes) {
            const bool t = item.truth.contains(c), p = item.predicted.contains(c);
            Prf &prf = r.perClass[c];
            if (t && p) {
                ++prf.tp;
                r.confusion.add(r.confusion.indexOf(c), r.confusion.indexOf(c));
            } else if (p) {
                ++prf.fp;
                extra.append(c);
            } else if (t) {
                ++prf.fn;
                missed.append(c);
            }
        }
        const qsizetype paired = std::min(missed.size(), extra.size());
        for (qsizetype i = 0; i < paired; ++i)
            r.confusion.add(r.confusion.indexOf(missed[i]), r.confusion.indexOf(extra[i]));
        for (qsizetype i = paired; i < missed.size(); ++i)
            r.confusion.add(r.confusion.indexOf(missed[i]), r.confusion.background());
        for (qsizetype i = paired; i < extra.size(); ++i)
            r.confusion.add(r.confusion.background(), r.confusion.indexOf(extra[i]));
    }
    if (r.items > 0)
        r.accuracy = double(exact) / double(r.items);
    double f1Sum = 0;
    int f1Count = 0;
    for (const Prf &p : std::as_const(r.perClass)) {
        r.micro += p;
        if (const auto f = p.f1()) {
            f1Sum += *f;
            ++f1Count;
        }
    }
    if (f1Count)
        r.macroF1 = f1Sum / f1Count;
    return r;
}

QJsonObject ClassificationMetrics::Result::toJson() const
{
    QJsonObject classes;
    for (auto it = perClass.begin(); it != perClass.end(); ++it)
        classes.insert(QString::number(it.key()), it.value().toJson());
    return {
        { QStringLiteral("items"), items },
        { QStringLiteral("accuracy"), toJsonValue(accuracy) },
        { QStringLiteral("micro"), micro.toJson() },
        { QStringLiteral("macro_f1"), toJsonValue(macroF1) },
        { QStringLiteral("per_class"), classes },
        { QStringLiteral("confusion"), confusion.toJson() },
    };
}

} // namespace rwb::evaluation
