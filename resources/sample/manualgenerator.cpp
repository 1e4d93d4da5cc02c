#include "manualgenerator.h"

#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace rwb::sample {

namespace {

const QString kDocumentNumber = QStringLiteral("RWB-SAMPLE-FM-001");
const QString kTitleZh = QStringLiteral("热轧精轧机组维护手册");
const QString kTitleEn = QStringLiteral("Hot Strip Finishing Mill Maintenance Manual");

using Row = QStringList;

// A block of wrapped text, laid out once so that measuring and drawing agree.
struct TextBlock
{
    std::unique_ptr<QTextLayout> layout;
    qreal height = 0.0;
};

// Flows headings, paragraphs and tables over A4 pages. Run once without a painter to count pages and
// find where chapters start, then again with a painter to draw.
class ManualLayout
{
public:
    ManualLayout(QPdfWriter &writer, QPainter *painter, const QString &family, int totalPages)
        : m_writer(writer)
        , m_painter(painter)
        , m_family(family)
        , m_totalPages(totalPages)
        , m_pageWidth(writer.width())
        , m_pageHeight(writer.height())
        , m_left(mm(22))
        , m_right(m_pageWidth - mm(22))
        , m_top(mm(24))
        , m_bottom(m_pageHeight - mm(24))
        , m_y(m_top)
    { }

    qreal mm(qreal millimetres) const { return millimetres * m_writer.resolution() / 25.4; }
    int page() const { return m_page; }
    QList<GeneratedManual::Chapter> chapters() const { return m_chapters; }

    QFont font(qreal points, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    TextBlock layoutText(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
        qreal spacing = 1.3) const
    {
        TextBlock block;
        QString flowing = text;
        flowing.replace(QLatin1Char('\n'), QChar::LineSeparator);
        block.layout = std::make_unique<QTextLayout>(flowing, font, &m_writer);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        block.layout->setTextOption(option);
        block.layout->beginLayout();
        qreal y = 0.0;
        while (true) {
            QTextLine line = block.layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0.0, y));
            y += line.height() * spacing;
        }
        block.layout->endLayout();
        block.height = y;
        return block;
    }

    void drawBlock(const TextBlock &block, QPointF position, const QColor &color)
    {
        if (!m_painter)
            return;
        m_painter->setPen(color);
        block.layout->draw(m_painter, position);
    }

    // One line of text, for the title page and the footer.
    qreal drawLine(
        const QString &text, const QFont &font, qreal y, Qt::Alignment alignment, const QColor &color = Qt::black)
    {
        const TextBlock block = layoutText(text, font, m_right - m_left, alignment, 1.0);
        drawBlock(block, QPointF(m_left, y), color);
        return block.height;
    }

    void titlePage()
    {
        qreal y = mm(38);
        y += drawLine(QStringLiteral("%1  ·  Rev. C  ·  2026-02-16").arg(kDocumentNumber), font(9), y, Qt::AlignRight,
            QColor(90, 90, 90));
        y += mm(34);
        y += drawLine(kTitleZh, font(30, true), y, Qt::AlignHCenter) + mm(6);
        y += drawLine(kTitleEn, font(19), y, Qt::AlignHCenter, QColor(40, 40, 40)) + mm(10);
        y += drawLine(QStringLiteral("F1–F7 四辊精轧机组 · 活套 · 导卫 · 精轧除鳞"), font(13), y, Qt::AlignHCenter)
            + mm(2);
        y += drawLine(QStringLiteral("F1–F7 four-high finishing stands · loopers · guides · finishing descaler"),
                 font(11), y, Qt::AlignHCenter, QColor(60, 60, 60))
            + mm(18);
        drawMillSketch(y, mm(62));
        y += mm(80);
        y += drawLine(QStringLiteral("适用范围：1580 mm 热连轧生产线精轧区域"), font(11), y, Qt::AlignHCenter) + mm(1);
        y += drawLine(QStringLiteral("Scope: finishing area of the 1580 mm hot strip mill"), font(10), y,
                 Qt::AlignHCenter, QColor(60, 60, 60))
            + mm(30);
        const QString note = QStringLiteral(
            "本手册为 Resonance Workbench 示例数据：工厂与数值均为虚构，但反映了典型工况。\n"
            "This manual is sample data for Resonance Workbench: the plant and its values are fictitious but typical.");
        const TextBlock block = layoutText(note, font(8.5), m_right - m_left, Qt::AlignHCenter);
        drawBlock(block, QPointF(m_left, y), QColor(110, 110, 110));
    }

    // F1-F7 stands in side view: backup rolls, work rolls, loopers between stands, strip line.
    void drawMillSketch(qreal top, qreal height)
    {
        if (!m_painter)
            return;
        QPainter &p = *m_painter;
        p.save();
        const qreal width = m_right - m_left;
        const qreal pitch = width / 7.5;
        const qreal backup = height * 0.2;
        const qreal work = height * 0.09;
        const qreal stripY = top + height * 0.5;
        p.setPen(QPen(QColor(30, 30, 30), mm(0.35)));
        p.setFont(font(8));
        for (int i = 0; i < 7; ++i) {
            const qreal cx = m_left + pitch * (i + 0.75);
            p.setBrush(QColor(225, 229, 235));
            p.drawRect(QRectF(cx - backup * 1.25, top, backup * 2.5, height));
            p.setBrush(QColor(170, 178, 190));
            p.drawEllipse(QPointF(cx, stripY - work - backup), backup, backup);
            p.drawEllipse(QPointF(cx, stripY + work + backup), backup, backup);
            p.setBrush(QColor(120, 128, 140));
            p.drawEllipse(QPointF(cx, stripY - work), work, work);
            p.drawEllipse(QPointF(cx, stripY + work), work, work);
            p.setPen(Qt::black);
            p.drawText(QRectF(cx - backup, top + height + mm(1), 2 * backup, mm(5)), Qt::AlignHCenter,
                QStringLiteral("F%1").arg(i + 1));
            p.setPen(QPen(QColor(30, 30, 30), mm(0.35)));
            if (i < 6) {
                const qreal lx = cx + pitch / 2;
                p.drawLine(QPointF(lx - mm(4), stripY + mm(6)), QPointF(lx, stripY + mm(0.8)));
                p.setBrush(QColor(120, 128, 140));
                p.drawEllipse(QPointF(lx, stripY + mm(0.8)), mm(1.2), mm(1.2));
            }
        }
        p.setPen(QPen(QColor(200, 70, 30), mm(0.8)));
        p.drawLine(QPointF(m_left - mm(4), stripY), QPointF(m_right + mm(2), stripY));
        p.setPen(QColor(70, 70, 70));
        p.drawText(QRectF(m_left, top + height + mm(7), width, mm(6)), Qt::AlignHCenter,
            QStringLiteral("轧制方向 Rolling direction  →      支撑辊 backup roll · 工作辊 work roll · 活套 looper"));
        p.restore();
    }

    void contents(const QList<GeneratedManual::Chapter> &chapters)
    {
        heading(QStringLiteral("目录"), QStringLiteral("Contents"), false);
        const QFont entryFont = font(11);
        for (const GeneratedManual::Chapter &chapter : chapters) {
            const TextBlock title = layoutText(chapter.title, entryFont, (m_right - m_left) * 0.8);
            const TextBlock number
                = layoutText(QString::number(chapter.page), entryFont, m_right - m_left, Qt::AlignRight, 1.0);
            ensureSpace(title.height + mm(3));
            drawBlock(title, QPointF(m_left, m_y), Qt::black);
            drawBlock(number, QPointF(m_left, m_y), Qt::black);
            if (m_painter) {
                const QTextLine last = title.layout->lineAt(title.layout->lineCount() - 1);
                const qreal baseline = m_y + last.y() + last.ascent();
                QPen dots(QColor(120, 120, 120), mm(0.3), Qt::DotLine);
                m_painter->setPen(dots);
                m_painter->drawLine(
                    QPointF(m_left + last.naturalTextWidth() + mm(3), baseline), QPointF(m_right - mm(10), baseline));
            }
            m_y += title.height + mm(3);
        }
        m_y += mm(6);
    }

    void chapter(int number, const QString &zh, const QString &en)
    {
        if (m_y > m_top + (m_bottom - m_top) * 0.72)
            newPage();
        m_chapters << GeneratedManual::Chapter { QStringLiteral("%1 %2 / %3").arg(number).arg(zh, en), m_page };
        heading(QStringLiteral("%1  %2").arg(number).arg(zh), en, true);
    }

    void heading(const QString &zh, const QString &en, bool rule)
    {
        const TextBlock top = layoutText(zh, font(18, true), m_right - m_left, Qt::AlignLeft, 1.1);
        const TextBlock sub = layoutText(en, font(12.5), m_right - m_left, Qt::AlignLeft, 1.1);
        ensureSpace(top.height + sub.height + mm(30));
        drawBlock(top, QPointF(m_left, m_y), QColor(20, 45, 90));
        m_y += top.height;
        drawBlock(sub, QPointF(m_left, m_y), QColor(20, 45, 90));
        m_y += sub.height + mm(1.5);
        if (rule && m_painter) {
            m_painter->setPen(QPen(QColor(20, 45, 90), mm(0.5)));
            m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
        }
        m_y += mm(5);
    }

    void section(const QString &number, const QString &zh, const QString &en)
    {
        const TextBlock block
            = layoutText(QStringLiteral("%1  %2  %3").arg(number, zh, en), font(12, true), m_right - m_left);
        ensureSpace(block.height + mm(40));
        m_y += mm(2);
        drawBlock(block, QPointF(m_left, m_y), QColor(20, 45, 90));
        m_y += block.height + mm(1.5);
    }

    void paragraph(const QString &zh, const QString &en)
    {
        const TextBlock first = layoutText(zh, font(10), m_right - m_left);
        const TextBlock second = layoutText(en, font(9), m_right - m_left);
        ensureSpace(first.height + mm(1.5) + second.height);
        drawBlock(first, QPointF(m_left, m_y), Qt::black);
        m_y += first.height + mm(1.0);
        drawBlock(second, QPointF(m_left, m_y), QColor(55, 55, 55));
        m_y += second.height + mm(3.5);
    }

    void bullets(const QList<std::pair<QString, QString>> &items)
    {
        const qreal indent = mm(5);
        for (const auto &[zh, en] : items) {
            const TextBlock first = layoutText(zh, font(10), m_right - m_left - indent);
            const TextBlock second = layoutText(en, font(9), m_right - m_left - indent);
            ensureSpace(first.height + second.height + mm(1));
            if (m_painter) {
                m_painter->setPen(Qt::NoPen);
                m_painter->setBrush(QColor(20, 45, 90));
                const QTextLine line = first.layout->lineAt(0);
                m_painter->drawEllipse(
                    QPointF(m_left + mm(1.5), m_y + line.y() + line.ascent() * 0.62), mm(0.7), mm(0.7));
            }
            drawBlock(first, QPointF(m_left + indent, m_y), Qt::black);
            m_y += first.height + mm(0.5);
            drawBlock(second, QPointF(m_left + indent, m_y), QColor(55, 55, 55));
            m_y += second.height + mm(2);
        }
        m_y += mm(2);
    }

    // widths: fractions of the text width.
    void table(const QList<qreal> &widths, const Row &header, const QList<Row> &rows, const QString &caption)
    {
        const qreal padding = mm(1.1);
        const qreal total = m_right - m_left;
        const auto layoutRow = [&](const Row &row, const QFont &f, std::vector<TextBlock> &cells) {
            cells.clear();
            qreal height = 0.0;
            for (int i = 0; i < widths.size(); ++i) {
                cells.push_back(layoutText(row.value(i), f, widths.at(i) * total - 2 * padding, Qt::AlignLeft, 1.15));
                height = std::max(height, cells.back().height);
            }
            return height + 2 * padding;
        };
        const QFont headerFont = font(8, true);
        const QFont cellFont = font(8);
        std::vector<TextBlock> headerCells;
        const qreal headerHeight = layoutRow(header, headerFont, headerCells);
        const TextBlock captionBlock = layoutText(caption, font(9.5, true), total);

        std::vector<TextBlock> cells;
        // Short tables stay on one page; long ones need at least a few rows before a break.
        qreal tableHeight = captionBlock.height + mm(1.5) + headerHeight;
        qreal firstRowsHeight = tableHeight;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            tableHeight += layoutRow(rows.at(i), cellFont, cells);
            if (i < 3)
                firstRowsHeight = tableHeight;
        }
        ensureSpace(tableHeight <= (m_bottom - m_top) * 0.45 ? tableHeight : firstRowsHeight);
        drawBlock(captionBlock, QPointF(m_left, m_y), QColor(20, 45, 90));
        m_y += captionBlock.height + mm(1.5);
        drawRow(headerCells, widths, headerHeight, padding, QColor(214, 222, 233));
        for (const Row &row : rows) {
            const qreal height = layoutRow(row, cellFont, cells);
            if (m_y + height > m_bottom) {
                newPage();
                drawRow(headerCells, widths, headerHeight, padding, QColor(214, 222, 233));
            }
            drawRow(cells, widths, height, padding, Qt::white);
        }
        m_y += mm(5);
    }

    void finish() { drawFooter(); }

    void newPage()
    {
        drawFooter();
        if (m_painter)
            m_writer.newPage();
        ++m_page;
        m_y = m_top;
    }

private:
    void drawRow(const std::vector<TextBlock> &cells, const QList<qreal> &widths, qreal height, qreal padding,
        const QColor &background)
    {
        const qreal total = m_right - m_left;
        qreal x = m_left;
        for (int i = 0; i < widths.size(); ++i) {
            const qreal w = widths.at(i) * total;
            if (m_painter) {
                m_painter->setPen(QPen(QColor(150, 158, 170), mm(0.2)));
                m_painter->setBrush(background);
                m_painter->drawRect(QRectF(x, m_y, w, height));
            }
            drawBlock(cells[static_cast<size_t>(i)], QPointF(x + padding, m_y + padding), Qt::black);
            x += w;
        }
        m_y += height;
    }

    void ensureSpace(qreal height)
    {
        if (m_y + height > m_bottom && m_y > m_top)
            newPage();
    }

    void drawFooter()
    {
        if (!m_painter || m_page == 1)
            return;
        const qreal y = m_pageHeight - mm(17);
        m_painter->setPen(QPen(QColor(150, 150, 150), mm(0.25)));
        m_painter->drawLine(QPointF(m_left, y), QPointF(m_right, y));
        const QFont footerFont = font(8);
        drawLine(QStringLiteral("%1  %2 / %3").arg(kDocumentNumber, kTitleZh, kTitleEn), footerFont, y + mm(1.5),
            Qt::AlignLeft, QColor(90, 90, 90));
        drawLine(QStringLiteral("第 %1 页，共 %2 页 · Page %1 of %2").arg(m_page).arg(m_totalPages), footerFont,
            y + mm(1.5), Qt::AlignRight, QColor(90, 90, 90));
        drawLine(QStringLiteral("Rev. C · 2026-02-16"), font(7.5), mm(12), Qt::AlignRight, QColor(130, 130, 130));
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    QString m_family;
    int m_totalPages;
    QList<GeneratedManual::Chapter> m_chapters;
    qreal m_pageWidth;
    qreal m_pageHeight;
    qreal m_left;
    qreal m_right;
    qreal m_top;
    qreal m_bottom;
    qreal m_y;
    int m_page = 1;
};

struct ChapterTitle
{
    const char *zh;
    const char *en;
};

constexpr ChapterTitle kChapters[] = {
    { "设备概述", "Equipment Overview" },
    { "工艺参数", "Process Parameters" },
    { "失效模式与原因", "Failure Modes and Causes" },
    { "处理措施", "Remedies" },
    { "维护计划", "Maintenance Schedule" },
    { "报警代码", "Alarm Codes" },
};

QString chapterTitle(int index)
{
    const ChapterTitle &title = kChapters[index];
    return QStringLiteral("%1 %2 / %3").arg(index + 1).arg(QString::fromUtf8(title.zh), QString::fromUtf8(title.en));
}

void startChapter(ManualLayout &layout, int index)
{
    layout.chapter(index + 1, QString::fromUtf8(kChapters[index].zh), QString::fromUtf8(kChapters[index].en));
}

void writeOverview(ManualLayout &layout)
{
    startChapter(layout, 0);
    layout.paragraph(
        QStringLiteral("精轧机组由 F1–F7 七架四辊不可逆轧机组成，将粗轧后的中间坯（30–45 mm）连续轧制成 1.2–12.7 mm "
                       "的成品带钢。每架轧机由一对工作辊和一对支撑辊组成，机架之间设有活套，机架入口设有导卫，"
                       "F1 前设有精轧除鳞箱。带钢表面质量直接取决于辊面状态、导卫对中和除鳞效果。"),
        QStringLiteral(
            "The finishing mill consists of seven four-high non-reversing stands F1–F7 that roll the transfer "
            "bar (30–45 mm) from the roughing mill into finished strip of 1.2–12.7 mm. Each stand has a pair "
            "of work rolls and a pair of backup rolls; loopers sit between the stands, guides at every stand "
            "entry, and the finishing descaler in front of F1. The strip surface quality depends directly on "
            "the roll surface condition, guide alignment and descaling."));
    layout.section(QStringLiteral("1.1"), QStringLiteral("工作辊"), QStringLiteral("Work roll"));
    layout.paragraph(
        QStringLiteral("工作辊直接接触带钢，F1–F4 采用高铬铸铁辊（直径 Ø 700–780 mm），F5–F7 采用无限冷硬铸铁辊"
                       "（Ø 600–680 mm）。辊面的粘钢、剥落、热疲劳裂纹等损伤会周期性地复印到带钢表面，"
                       "因此工作辊每 4–6 小时（约 60–80 km 轧制长度）更换一次。"),
        QStringLiteral(
            "The work rolls touch the strip. F1–F4 use high-chromium iron rolls (Ø 700–780 mm), F5–F7 "
            "indefinite chill double-poured rolls (Ø 600–680 mm). Roll surface damage such as sticking, "
            "spalling and thermal fatigue (fire) cracks is printed periodically onto the strip, which is why "
            "work rolls are changed every 4–6 hours (about 60–80 km of rolled length)."));
    layout.section(QStringLiteral("1.2"), QStringLiteral("支撑辊"), QStringLiteral("Backup roll"));
    layout.paragraph(QStringLiteral("支撑辊（Ø 1350–1500 mm，锻钢）承受轧制力并限制工作辊挠曲，安装在油膜轴承中，"
                                    "每 2–3 周更换。支撑辊偏心会引起轧制力和厚度的周期性波动；轴承或轴承座衬板磨损"
                                    "会降低机架刚度并诱发轧机振动。"),
        QStringLiteral("The backup rolls (Ø 1350–1500 mm, forged steel) carry the roll force and limit work roll "
                       "bending. They run in oil-film bearings and are changed every 2–3 weeks. Backup roll "
                       "eccentricity causes periodic roll force and gauge variation; worn bearings or chock liners "
                       "reduce stand stiffness and promote mill chatter."));
    layout.section(QStringLiteral("1.3"), QStringLiteral("活套"), QStringLiteral("Looper"));
    layout.paragraph(QStringLiteral("机架间的液压活套（LP1–LP6）在带钢穿带后抬起，保持机架间张力恒定并吸收速度失配。"
                                    "活套角度通常为 15°–25°。活套控制不稳会造成张力尖峰，严重时导致带钢拉窄、"
                                    "起套甚至堆钢。"),
        QStringLiteral("Hydraulic loopers between the stands (LP1–LP6) rise once the strip has threaded, keep the "
                       "interstand tension constant and absorb speed mismatch. The looper angle is normally 15°–25°. "
                       "Unstable looper control causes tension spikes and, at worst, necking, loop formation or a "
                       "cobble."));
    layout.section(QStringLiteral("1.4"), QStringLiteral("导卫"), QStringLiteral("Guide"));
    layout.paragraph(QStringLiteral("入口侧导板和出口刮板把带钢头部引入辊缝。导卫磨损、偏移或粘附氧化铁皮时，"
                                    "会在带钢上表面或边部刮出沿轧制方向的划痕。"),
        QStringLiteral("Entry side guides and exit strippers lead the strip head into the roll bite. A worn or "
                       "misaligned guide, or one with scale stuck to it, scrapes scratches along the rolling direction "
                       "into the top surface or the edges of the strip."));
    layout.section(
        QStringLiteral("1.5"), QStringLiteral("精轧除鳞与测量仪表"), QStringLiteral("Descaler and instrumentation"));
    layout.paragraph(
        QStringLiteral("精轧除鳞箱以 160–200 bar 的高压水清除二次氧化铁皮。下表列出本手册所引用的测量信号，"
                       "其名称与过程数据记录中的列名一致。表面检测系统（线阵相机）在卷取机前拍摄带钢上下表面。"),
        QStringLiteral(
            "The finishing descaler removes secondary scale with water at 160–200 bar. The table below lists "
            "the measured signals referred to in this manual; their names match the columns of the process "
            "data log. The surface inspection system (line-scan cameras) images both strip surfaces before "
            "the coiler."));
    layout.table({ 0.3, 0.28, 0.42 },
        { QStringLiteral("测点 Measuring point"), QStringLiteral("信号 Signal"), QStringLiteral("说明 Notes") },
        {
            { QStringLiteral("F3 轧制力\nF3 roll force"), QStringLiteral("roll_force_kN"),
                QStringLiteral("压头，两侧之和 Load cells, sum of both sides") },
            { QStringLiteral("带钢速度\nStrip speed"), QStringLiteral("strip_speed_mps"),
                QStringLiteral("F7 出口激光测速 Laser Doppler at F7 exit") },
            { QStringLiteral("入口张力\nEntry tension"), QStringLiteral("entry_tension_kN"),
                QStringLiteral("F2–F3 活套 Looper LP2") },
            { QStringLiteral("出口张力\nExit tension"), QStringLiteral("exit_tension_kN"),
                QStringLiteral("F3–F4 活套 Looper LP3") },
            { QStringLiteral("终轧温度\nFinishing temperature"), QStringLiteral("strip_temp_C"),
                QStringLiteral("F7 出口高温计 FT7 pyrometer; 无带钢时读数约 615 °C") },
            { QStringLiteral("主电机电流\nMain motor current"), QStringLiteral("motor_current_A"),
                QStringLiteral("F3 主传动 F3 main drive") },
            { QStringLiteral("机架振动\nHousing vibration"), QStringLiteral("vibration_mm_s"),
                QStringLiteral("振动速度有效值 RMS velocity, F3 housing") },
            { QStringLiteral("AGC 液压压力\nAGC hydraulic pressure"), QStringLiteral("hydraulic_pressure_bar"),
                QStringLiteral("F3 AGC 液压缸 F3 AGC cylinder") },
        },
        QStringLiteral("表 1-1  测量信号 / Table 1-1  Measured signals"));
}

void writeParameters(ManualLayout &layout)
{
    startChapter(layout, 1);
    layout.paragraph(QStringLiteral("下表给出正常生产时的参数范围和报警限。超出正常范围但未达报警限时应加强监视；"
                                    "达到报警限时按第 6 章的报警代码处理。"),
        QStringLiteral(
            "The table gives the parameter ranges in normal production and the alarm limits. Outside the "
            "normal range but below the alarm limit, watch the trend closely; at the alarm limit, act on the "
            "alarm code in chapter 6."));
    layout.table({ 0.25, 0.25, 0.1, 0.2, 0.2 },
        { QStringLiteral("参数 Parameter"), QStringLiteral("信号 Signal"), QStringLiteral("单位 Unit"),
            QStringLiteral("正常范围 Normal range"), QStringLiteral("报警限 Alarm limit") },
        {
            { QStringLiteral("轧制力 Roll force (F3)"), QStringLiteral("roll_force_kN"), QStringLiteral("kN"),
                QStringLiteral("10 000 – 28 000"), QStringLiteral("> 32 000") },
            { QStringLiteral("带钢速度 Strip speed"), QStringLiteral("strip_speed_mps"), QStringLiteral("m/s"),
                QStringLiteral("6.5 – 15.5"), QStringLiteral("> 16.5") },
            { QStringLiteral("入口张力 Entry tension"), QStringLiteral("entry_tension_kN"), QStringLiteral("kN"),
                QStringLiteral("50 – 280"), QStringLiteral("> 1.5 × 设定值 setpoint") },
            { QStringLiteral("出口张力 Exit tension"), QStringLiteral("exit_tension_kN"), QStringLiteral("kN"),
                QStringLiteral("40 – 260"), QStringLiteral("> 1.5 × 设定值 setpoint") },
            { QStringLiteral("终轧温度 Finishing temperature"), QStringLiteral("strip_temp_C"), QStringLiteral("°C"),
                QStringLiteral("830 – 920"), QStringLiteral("< 840 (目标 aim) / < 820") },
            { QStringLiteral("主电机电流 Main motor current"), QStringLiteral("motor_current_A"), QStringLiteral("A"),
                QStringLiteral("2 000 – 6 000"), QStringLiteral("> 7 000") },
            { QStringLiteral("机架振动 Housing vibration"), QStringLiteral("vibration_mm_s"), QStringLiteral("mm/s"),
                QStringLiteral("1.0 – 4.0"), QStringLiteral("> 4.5 预警 warning\n> 6.0 报警 alarm") },
            { QStringLiteral("AGC 液压压力 AGC pressure"), QStringLiteral("hydraulic_pressure_bar"),
                QStringLiteral("bar"), QStringLiteral("140 – 320"), QStringLiteral("> 350") },
            { QStringLiteral("除鳞水压力 Descaling pressure"), QStringLiteral("—"), QStringLiteral("bar"),
                QStringLiteral("160 – 200"), QStringLiteral("< 160 预警 warning\n< 140 报警 alarm") },
        },
        QStringLiteral("表 2-1  工艺参数 / Table 2-1  Process parameters"));
    layout.paragraph(QStringLiteral("轧制力与带钢温度负相关：温度每降低 10 °C，轧制力约升高 4%。张力由活套调节，"
                                    "单位张力一般取屈服强度的 5%–15%。穿带时速度较低（6.5–11 m/s），穿带完成后升速，"
                                    "尾部离开 F1 前降速。"),
        QStringLiteral("Roll force rises as strip temperature falls: about 4 % more force for every 10 °C colder. The "
                       "loopers regulate tension, with a unit tension of usually 5 %–15 % of the yield strength. The "
                       "mill threads at low speed (6.5–11 m/s), zooms up after threading and slows down before the "
                       "tail leaves F1."));
    layout.table({ 0.12, 0.22, 0.22, 0.14, 0.15, 0.15 },
        { QStringLiteral("机架 Stand"), QStringLiteral("入口厚度 Entry (mm)"), QStringLiteral("出口厚度 Exit (mm)"),
            QStringLiteral("压下率 Reduction"), QStringLiteral("轧制力 Force (kN)"),
            QStringLiteral("速度 Speed (m/s)") },
        {
            { QStringLiteral("F1"), QStringLiteral("38.0"), QStringLiteral("21.5"), QStringLiteral("43 %"),
                QStringLiteral("24 500"), QStringLiteral("1.6") },
            { QStringLiteral("F2"), QStringLiteral("21.5"), QStringLiteral("12.9"), QStringLiteral("40 %"),
                QStringLiteral("22 800"), QStringLiteral("2.7") },
            { QStringLiteral("F3"), QStringLiteral("12.9"), QStringLiteral("8.3"), QStringLiteral("36 %"),
                QStringLiteral("19 600"), QStringLiteral("4.2") },
            { QStringLiteral("F4"), QStringLiteral("8.3"), QStringLiteral("5.8"), QStringLiteral("30 %"),
                QStringLiteral("16 900"), QStringLiteral("6.0") },
            { QStringLiteral("F5"), QStringLiteral("5.8"), QStringLiteral("4.4"), QStringLiteral("24 %"),
                QStringLiteral("14 200"), QStringLiteral("7.9") },
            { QStringLiteral("F6"), QStringLiteral("4.4"), QStringLiteral("3.6"), QStringLiteral("18 %"),
                QStringLiteral("11 800"), QStringLiteral("9.7") },
            { QStringLiteral("F7"), QStringLiteral("3.6"), QStringLiteral("3.2"), QStringLiteral("11 %"),
                QStringLiteral("8 900"), QStringLiteral("10.9") },
        },
        QStringLiteral(
            "表 2-2  典型压下规程（Q235B，3.2 × 1250 mm）/ Table 2-2  Typical pass schedule (Q235B, 3.2 × 1250 mm)"));
}

void writeFailureModes(ManualLayout &layout)
{
    startChapter(layout, 2);
    layout.paragraph(
        QStringLiteral("本章列出精轧区域常见的失效模式、现象和原因，并说明它们在表面检测图像和过程信号中的表现，"
                       "便于把缺陷标注与根本原因联系起来。"),
        QStringLiteral("This chapter lists the common failure modes of the finishing area with their symptoms and "
                       "causes, and how they show in surface inspection images and process signals, so that defect "
                       "labels can be traced to root causes."));
    layout.table({ 0.2, 0.27, 0.33, 0.2 },
        { QStringLiteral("失效模式 Failure mode"), QStringLiteral("现象 Symptom"),
            QStringLiteral("可能原因 Possible causes"), QStringLiteral("图像/信号 Image / signal") },
        {
            { QStringLiteral("带钢划痕\nStrip scratches"),
                QStringLiteral(
                    "沿轧制方向的细长亮线或暗线\nLong thin bright or dark lines along the rolling direction"),
                QStringLiteral("辊面损伤（粘钢、剥落）；导卫偏移或磨损；夹送辊速度不匹配\nRoll surface damage "
                               "(sticking, spalling); guide misalignment or wear; pinch roll speed mismatch"),
                QStringLiteral("scratch") },
            { QStringLiteral("氧化铁皮压入\nRolled-in scale"), QStringLiteral("不规则暗色斑块\nIrregular dark patches"),
                QStringLiteral("除鳞压力不足；喷嘴堵塞或角度不当；机架间冷却不当\nInsufficient descaling pressure; "
                               "clogged or misaimed nozzles; poor interstand cooling"),
                QStringLiteral("rolled_in_scale, patches") },
            { QStringLiteral("麻点\nPitted surface"), QStringLiteral("成簇的小凹坑\nClusters of small pits"),
                QStringLiteral("压入的氧化铁皮脱落；工作辊点蚀\nRolled-in scale falling out; pitting of the work roll"),
                QStringLiteral("pitted_surface") },
            { QStringLiteral("夹杂\nInclusion"),
                QStringLiteral("沿轧制方向拉长的暗色条状斑点\nDark flecks elongated along the rolling direction"),
                QStringLiteral("炼钢或连铸带入的非金属夹杂物；保护渣卷入\nNon-metallic inclusions from steelmaking or "
                               "casting; mould flux entrapment"),
                QStringLiteral("inclusion") },
            { QStringLiteral("龟裂\nCrazing"), QStringLiteral("网状细裂纹\nNetwork of fine cracks"),
                QStringLiteral("工作辊热疲劳裂纹复印；辊面冷却不均\nWork roll fire cracks printed onto the strip; "
                               "uneven roll cooling"),
                QStringLiteral("crazing") },
            { QStringLiteral("轧机振动\nMill chatter"),
                QStringLiteral(
                    "振动突增，厚度周期波动，表面振纹\nVibration burst, periodic gauge variation, chatter marks"),
                QStringLiteral(
                    "轴承磨损；轴承座衬板间隙过大；润滑不良；高速轧薄规格时的三倍频颤振\nBearing wear; excessive chock "
                    "liner clearance; poor lubrication; third-octave chatter on thin gauges at high speed"),
                QStringLiteral("roll_chatter: vibration_mm_s") },
            { QStringLiteral("张力突变\nTension spike"), QStringLiteral("机架间张力尖峰\nInterstand tension spike"),
                QStringLiteral("活套控制参数不当；活套角度传感器故障；咬钢冲击\nPoor looper control tuning; faulty "
                               "looper angle sensor; bite impact"),
                QStringLiteral("tension_spike: entry/exit_tension_kN") },
            { QStringLiteral("终轧温度偏低\nTemperature drop"),
                QStringLiteral("终轧温度骤降，轧制力升高\nSudden drop of finishing temperature, roll force rises"),
                QStringLiteral("机架间冷却水阀泄漏；除鳞水误开；中间坯待温过长\nLeaking interstand cooling valve; "
                               "descaling water left on; transfer bar delayed"),
                QStringLiteral("temperature_drop: strip_temp_C") },
            { QStringLiteral("传感器故障\nSensor fault"),
                QStringLiteral("信号中断或缓慢漂移\nSignal lost, or slow drift"),
                QStringLiteral(
                    "接线松动；I/O 模块故障；高温计镜头污染\nLoose wiring; failed I/O module; fouled pyrometer lens"),
                QStringLiteral("sensor_dropout, slow_drift") },
            { QStringLiteral("堆钢\nCobble"), QStringLiteral("带钢在机架间起套堆积\nStrip piles up between stands"),
                QStringLiteral("速度与活套控制失配；头部翘曲；导卫卡阻\nSpeed and looper mismatch; turned-up head end; "
                               "jammed guide"),
                QStringLiteral("—") },
        },
        QStringLiteral("表 3-1  失效模式 / Table 3-1  Failure modes"));
    layout.section(QStringLiteral("3.1"), QStringLiteral("辊面损伤导致带钢划痕"),
        QStringLiteral("Roll surface damage causes scratches"));
    layout.paragraph(
        QStringLiteral("工作辊粘钢或剥落后，辊面上的凸起在每一转中都压入带钢，形成沿轧制方向、间距等于辊周长的"
                       "划伤或压痕。若划痕为连续长线而非周期性压痕，更可能是导卫偏移或磨损造成的刮伤。"),
        QStringLiteral(
            "Once a work roll has picked up steel or spalled, the raised spot presses into the strip on every "
            "revolution, leaving marks along the rolling direction spaced by the roll circumference. A long "
            "continuous scratch rather than a periodic mark points to a misaligned or worn guide instead."));
    layout.section(QStringLiteral("3.2"), QStringLiteral("导卫偏移导致划痕"),
        QStringLiteral("Guide misalignment causes scratches"));
    layout.paragraph(QStringLiteral("导卫开口度偏小或中心线偏移超过 ±2 mm 时，带钢边部或表面与导板持续摩擦，"
                                    "产生连续的亮色划痕，常伴有边部毛刺。"),
        QStringLiteral("When the guide opening is too narrow or its centre line is off by more than ±2 mm, the strip "
                       "edge or surface rubs against the guide plate all along the coil, producing continuous bright "
                       "scratches, often with edge burrs."));
    layout.section(QStringLiteral("3.3"), QStringLiteral("除鳞压力不足导致氧化铁皮压入"),
        QStringLiteral("Insufficient descaling pressure causes rolled-in scale"));
    layout.paragraph(
        QStringLiteral("除鳞压力低于 160 bar 或喷嘴堵塞时，二次氧化铁皮未被清除，在 F1–F3 中被压入带钢表面，"
                       "形成暗色斑块；后续酸洗时压入的铁皮脱落，留下麻点。"),
        QStringLiteral("Below 160 bar of descaling pressure, or with clogged nozzles, secondary scale stays on the "
                       "strip and is rolled into the surface in F1–F3, leaving dark patches; when the embedded scale "
                       "falls out later, for instance in pickling, pits remain."));
    layout.section(QStringLiteral("3.4"), QStringLiteral("轴承磨损引起轧机振动"),
        QStringLiteral("Bearing wear causes mill chatter"));
    layout.paragraph(
        QStringLiteral("支撑辊轴承或轴承座衬板磨损使机架阻尼和刚度下降。轧制薄规格、高速时容易激发 100–200 Hz 的"
                       "三倍频颤振，表现为 vibration_mm_s 突增、轧制力和 AGC 压力同频振荡。持续颤振会在带钢和"
                       "辊面留下振纹，并加速轴承损坏。"),
        QStringLiteral(
            "Worn backup roll bearings or chock liners lower the damping and stiffness of the stand. Thin "
            "gauges at high speed then readily excite third-octave chatter at 100–200 Hz, seen as a burst in "
            "vibration_mm_s with roll force and AGC pressure oscillating at the same frequency. Sustained "
            "chatter leaves chatter marks on strip and rolls and speeds up bearing damage."));
}

void writeRemedies(ManualLayout &layout)
{
    startChapter(layout, 3);
    layout.bullets({
        { QStringLiteral(
              "划痕：检查导卫对中（偏差 ≤ ±1 mm）和衬板磨损，清除粘附的氧化铁皮；检查工作辊表面，辊面损伤时立即换辊。"),
            QStringLiteral(
                "Scratches: check guide alignment (within ±1 mm) and liner wear, remove stuck scale; inspect the "
                "work roll surface and change rolls at once if it is damaged.") },
        { QStringLiteral(
              "氧化铁皮压入：确认除鳞泵出口压力 ≥ 180 bar，清理或更换堵塞的喷嘴，校正喷嘴角度（15°）和喷射高度。"),
            QStringLiteral(
                "Rolled-in scale: confirm descaling pump outlet pressure of at least 180 bar, clean or replace "
                "clogged nozzles, and reset nozzle angle (15°) and spray height.") },
        { QStringLiteral("麻点：同氧化铁皮压入；另检查工作辊是否点蚀，缩短换辊周期。"),
            QStringLiteral(
                "Pitted surface: as for rolled-in scale; also check the work rolls for pitting and shorten the "
                "roll change interval.") },
        { QStringLiteral("夹杂：按卷号反馈炼钢和连铸工序，检查钢水洁净度和保护渣；轧制本身无法消除夹杂。"),
            QStringLiteral(
                "Inclusions: report the coil numbers to steelmaking and casting to check steel cleanliness and "
                "mould flux; rolling cannot remove inclusions.") },
        { QStringLiteral("龟裂：检查工作辊冷却水喷嘴和流量，减少辊面热冲击；出现热裂纹的轧辊送磨辊间磨削。"),
            QStringLiteral(
                "Crazing: check work roll cooling nozzles and flow to reduce thermal shock; send rolls with fire "
                "cracks to the roll shop for grinding.") },
        { QStringLiteral("轧机振动：临时降速 5%–10% 或调整负荷分配；停机时测量轴承座间隙，超过 0.5 mm "
                         "更换衬板，检查油膜轴承和润滑。"),
            QStringLiteral(
                "Mill chatter: reduce speed by 5 %–10 % or shift the load distribution for now; at the next stop "
                "measure chock clearance, replace liners above 0.5 mm, and check the oil-film bearings and "
                "lubrication.") },
        { QStringLiteral("张力突变：检查活套角度传感器和液压伺服阀，复核活套控制参数。"),
            QStringLiteral(
                "Tension spikes: check the looper angle sensor and hydraulic servo valve, and review the looper "
                "control tuning.") },
        { QStringLiteral("终轧温度偏低：检查机架间冷却水阀是否泄漏、除鳞水是否误开，必要时提高穿带速度。"),
            QStringLiteral(
                "Low finishing temperature: check the interstand cooling valves for leaks and that descaling "
                "water is not left on; raise the threading speed if needed.") },
        { QStringLiteral("传感器故障：检查接线和 I/O 模块；高温计读数漂移时清洁镜头并用黑体炉标定。"),
            QStringLiteral("Sensor faults: check wiring and I/O modules; for a drifting pyrometer clean the lens and "
                           "calibrate against a black body.") },
    });
}

void writeSchedule(ManualLayout &layout)
{
    startChapter(layout, 4);
    layout.paragraph(
        QStringLiteral("下表为精轧区域的预防性维护计划。周期以先到者为准；每次检查的结果记录在设备管理系统中。"),
        QStringLiteral("The table is the preventive maintenance schedule of the finishing area. Whichever interval "
                       "comes first applies; every inspection is recorded in the maintenance system."));
    layout.table({ 0.22, 0.18, 0.42, 0.18 },
        { QStringLiteral("项目 Item"), QStringLiteral("周期 Interval"), QStringLiteral("内容 Action"),
            QStringLiteral("责任 Responsible") },
        {
            { QStringLiteral("工作辊更换\nWork roll change"), QStringLiteral("4–6 h / 60–80 km"),
                QStringLiteral(
                    "换辊，记录磨损量和热裂纹，零调\nChange rolls, record wear and fire cracks, zero the roll gap"),
                QStringLiteral("轧辊间 Roll shop") },
            { QStringLiteral("支撑辊更换\nBackup roll change"), QStringLiteral("2–3 周 weeks"),
                QStringLiteral("换辊，检查油膜轴承和密封\nChange rolls, inspect oil-film bearings and seals"),
                QStringLiteral("轧辊间 Roll shop") },
            { QStringLiteral("导卫检查\nGuide inspection"), QStringLiteral("每班 Every shift"),
                QStringLiteral(
                    "对中检查，衬板磨损 > 3 mm 时更换\nCheck alignment; replace liners worn by more than 3 mm"),
                QStringLiteral("机械 Mechanical") },
            { QStringLiteral("除鳞喷嘴\nDescaler nozzles"), QStringLiteral("每周 Weekly"),
                QStringLiteral("检查堵塞和磨损，压力测试\nCheck for clogging and wear, pressure test"),
                QStringLiteral("机械 Mechanical") },
            { QStringLiteral("轴承座衬板\nChock liners"), QStringLiteral("每次换辊 Every roll change"),
                QStringLiteral("测量间隙，> 0.5 mm 更换\nMeasure clearance, replace above 0.5 mm"),
                QStringLiteral("机械 Mechanical") },
            { QStringLiteral("活套\nLoopers"), QStringLiteral("每月 Monthly"),
                QStringLiteral("角度传感器标定，液压缸泄漏检查\nCalibrate angle sensors, check cylinders for leaks"),
                QStringLiteral("电气 Electrical") },
            { QStringLiteral("高温计\nPyrometers"), QStringLiteral("每周 Weekly"),
                QStringLiteral(
                    "清洁镜头和吹扫风，黑体标定（每季）\nClean lens and purge air; black-body calibration quarterly"),
                QStringLiteral("仪表 Instrumentation") },
            { QStringLiteral("振动传感器\nVibration sensors"), QStringLiteral("每季 Quarterly"),
                QStringLiteral("检查安装和电缆，趋势分析\nCheck mounting and cables, review trends"),
                QStringLiteral("点检 Condition monitoring") },
            { QStringLiteral("液压系统\nHydraulics"), QStringLiteral("每日 Daily"),
                QStringLiteral("油位、油温 40–50 °C、过滤器压差 < 3.5 bar\nOil level, oil temperature 40–50 °C, filter "
                               "differential < 3.5 bar"),
                QStringLiteral("点检 Condition monitoring") },
            { QStringLiteral("油气润滑\nOil-air lubrication"), QStringLiteral("每日 Daily"),
                QStringLiteral("检查流量和分配器，补油\nCheck flow and distributors, top up oil"),
                QStringLiteral("点检 Condition monitoring") },
        },
        QStringLiteral("表 5-1  维护计划 / Table 5-1  Maintenance schedule"));
}

void writeAlarmCodes(ManualLayout &layout)
{
    startChapter(layout, 5);
    layout.paragraph(
        QStringLiteral("过程事件记录中的代码：I 为信息，W 为预警，A 为报警。报警需在交接班记录中说明处理结果。"),
        QStringLiteral("Codes in the process event log: I for information, W for warning, A for alarm. Every alarm "
                       "must be followed up in the shift log."));
    layout.table({ 0.12, 0.38, 0.5 },
        { QStringLiteral("代码 Code"), QStringLiteral("信息 Message"), QStringLiteral("处理 Action") },
        {
            { QStringLiteral("W1031\nA1032"), QStringLiteral("除鳞压力不足\nDescaling pressure low"),
                QStringLiteral("检查泵和喷嘴；跟踪该卷表面检测结果\nCheck pump and nozzles; follow the coil's surface "
                               "inspection result") },
            { QStringLiteral("A2204"), QStringLiteral("机架间张力突变\nInterstand tension spike"),
                QStringLiteral("检查活套角度传感器和伺服阀\nCheck looper angle sensor and servo valve") },
            { QStringLiteral("A3101"), QStringLiteral("轧机振动报警\nMill chatter"),
                QStringLiteral("降速；停机时检查轴承和衬板（W3102 工单）\nSlow down; inspect bearings and liners at "
                               "the next stop (work order W3102)") },
            { QStringLiteral("W4102\nA4102"), QStringLiteral("终轧温度偏低\nFinishing temperature low"),
                QStringLiteral("检查机架间冷却阀和除鳞水\nCheck interstand cooling valves and descaling water") },
            { QStringLiteral("W5001"), QStringLiteral("传感器漂移\nSensor drift"),
                QStringLiteral("与参考仪表比对后重新标定\nRecalibrate against the reference instrument") },
            { QStringLiteral("W6001"), QStringLiteral("液压过滤器压差高\nHydraulic filter differential high"),
                QStringLiteral("下次停机更换滤芯\nChange the filter element at the next stop") },
            { QStringLiteral("A9001"), QStringLiteral("信号丢失\nSignal lost"),
                QStringLiteral("检查接线和 I/O 模块；信号恢复后记录 I9002\nCheck wiring and I/O module; I9002 is "
                               "logged when the signal returns") },
        },
        QStringLiteral("表 6-1  报警代码 / Table 6-1  Alarm codes"));
}

void writeContent(ManualLayout &layout, const QList<GeneratedManual::Chapter> &chapters)
{
    layout.titlePage();
    layout.newPage();
    layout.contents(chapters);
    writeOverview(layout);
    writeParameters(layout);
    writeFailureModes(layout);
    writeRemedies(layout);
    writeSchedule(layout);
    writeAlarmCodes(layout);
    layout.finish();
}

} // namespace

ManualGenerator::ManualGenerator()
    : m_fontFamily(preferredFontFamily())
{ }

void ManualGenerator::setFontFamily(const QString &family)
{
    m_fontFamily = family;
}

QString ManualGenerator::preferredFontFamily()
{
    const QString wenQuanYi = QStringLiteral("WenQuanYi Micro Hei");
    if (QFontDatabase::hasFamily(wenQuanYi))
        return wenQuanYi;
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : chinese) {
        if (!QFontDatabase::isPrivateFamily(family))
            return family;
    }
    return QFont().family();
}

GeneratedManual ManualGenerator::generate(const QString &dir, const QString &fileName)
{
    m_errorString.clear();
    if (!QDir().mkpath(dir)) {
        m_errorString = QStringLiteral("Cannot create directory %1").arg(dir);
        return {};
    }
    const QString path = QDir(dir).filePath(fileName);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("%1 / %2").arg(kTitleZh, kTitleEn));
    writer.setCreator(QStringLiteral("Resonance Workbench sample generator"));

    // First pass: count pages and find the chapter pages for the contents and the footers.
    QList<GeneratedManual::Chapter> chapters;
    for (int i = 0; i < static_cast<int>(std::size(kChapters)); ++i)
        chapters << GeneratedManual::Chapter { chapterTitle(i), 0 };
    ManualLayout measure(writer, nullptr, m_fontFamily, 0);
    writeContent(measure, chapters);
    chapters = measure.chapters();
    const int pageCount = measure.page();

    QPainter painter;
    if (!painter.begin(&writer)) {
        m_errorString = QStringLiteral("Cannot write %1").arg(path);
        return {};
    }
    ManualLayout draw(writer, &painter, m_fontFamily, pageCount);
    writeContent(draw, chapters);
    painter.end();
    if (draw.page() != pageCount) {
        m_errorString = QStringLiteral("Page layout of %1 was not stable").arg(fileName);
        return {};
    }

    GeneratedManual result;
    result.fileName = fileName;
    result.pageCount = pageCount;
    result.fontFamily = QFontInfo(QFont(m_fontFamily)).family();
    result.chapters = chapters;
    return result;
}

} // namespace rwb::sample
