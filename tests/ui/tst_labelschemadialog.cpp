// The label schema editor as a user drives it: add classes and subclasses, rename, attributes
// typed in the table, refusals shown without changing anything, every step undoable.
#include "project/labelschema.h"
#include "project/project.h"
#include "project/ui/labelschemadialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rwb::project;

class TestLabelSchemaDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_undo;

    /// Closes the next message box and returns its text through \a text.
    void expectMessageBox(QString *text)
    {
        QTimer::singleShot(0, this, [text] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w)) {
                    *text = box->text();
                    box->accept();
                }
            }
        });
    }

private slots:
    void init()
    {
        m_project = Project::create(
            m_dir.filePath(QStringLiteral("p%1.rwb").arg(QTest::currentTestFunction())), QStringLiteral("schema"));
        m_undo = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_undo.reset();
        m_project.reset();
    }

    void addRenameAndUndo()
    {
        LabelSchemaDialog dialog(*m_project, *m_undo);
        dialog.addClass();
        QCOMPARE(m_project->labels().classes().size(), 1);
        const qint64 id = *dialog.selectedClassId();
        QCOMPARE(m_project->labels().classById(id)->name, QStringLiteral("new_class"));

        // Rename by typing, as a user does; editingFinished commits.
        dialog.nameEdit()->setText(QStringLiteral("scratch"));
        emit dialog.nameEdit()->editingFinished();
        QCOMPARE(m_project->labels().classById(id)->name, QStringLiteral("scratch"));

        dialog.addChildClass();
        const qint64 child = *dialog.selectedClassId();
        QCOMPARE(m_project->labels().classById(child)->parentId, std::optional<qint64>(id));
        QCOMPARE(m_project->labels().classById(child)->color, m_project->labels().classById(id)->color);

        QCOMPARE(m_undo->count(), 3);
        m_undo->undo(); // subclass
        m_undo->undo(); // rename
        QCOMPARE(m_project->labels().classes().size(), 1);
        QCOMPARE(m_project->labels().classById(id)->name, QStringLiteral("new_class"));
        m_undo->redo();
        QCOMPARE(m_project->labels().classById(id)->name, QStringLiteral("scratch"));
    }

    void invalidNameIsRefusedAndKept()
    {
        LabelSchemaDialog dialog(*m_project, *m_undo);
        dialog.addClass();
        const qint64 id = *dialog.selectedClassId();
        QString message;
        expectMessageBox(&message);
        dialog.nameEdit()->setText(QString());
        emit dialog.nameEdit()->editingFinished();
        QVERIFY(!message.isEmpty());
        QCOMPARE(m_project->labels().classById(id)->name, QStringLiteral("new_class"));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("new_class"));
        QCOMPARE(m_undo->count(), 1);
    }

    void attributesEditedInTheTable()
    {
        LabelSchemaDialog dialog(*m_project, *m_undo);
        dialog.addClass();
        const qint64 id = *dialog.selectedClassId();
        dialog.addAttribute();
        QTableWidget *table = dialog.attributeTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(m_project->labels().attributesFor(id).size(), 1);
        QCOMPARE(m_project->labels().attributesFor(id).first().classId, std::optional<qint64>(id));

        // Type "severity", make it a choice with options and a default.
        // Each committed edit rebuilds the table: look cells up again after every step.
        table->item(0, 0)->setText(QStringLiteral("severity"));
        table->item(0, 2)->setText(QStringLiteral("light, moderate, severe"));
        auto *type = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        QVERIFY(type);
        type->setCurrentIndex(3); // Choice
        emit type->activated(3);
        table->item(0, 3)->setText(QStringLiteral("moderate"));
        const LabelAttribute a = m_project->labels().attributesFor(id).first();
        QCOMPARE(a.name, QStringLiteral("severity"));
        QVERIFY(a.type == AttributeType::Enum);
        QCOMPARE(
            a.options, (QStringList { QStringLiteral("light"), QStringLiteral("moderate"), QStringLiteral("severe") }));
        QCOMPARE(a.defaultValue.toString(), QStringLiteral("moderate"));

        // A default outside the choices is refused with a message; the stored one stays.
        QString message;
        expectMessageBox(&message);
        table->item(0, 3)->setText(QStringLiteral("catastrophic"));
        QVERIFY(!message.isEmpty());
        QCOMPARE(m_project->labels().attributesFor(id).first().defaultValue.toString(), QStringLiteral("moderate"));

        table->setCurrentCell(0, 0);
        dialog.removeSelectedAttribute();
        QVERIFY(m_project->labels().attributesFor(id).isEmpty());
        m_undo->undo();
        QCOMPARE(m_project->labels().attributesFor(id).first().name, QStringLiteral("severity"));
    }

    void classInUseIsNotRemoved()
    {
        LabelSchemaDialog dialog(*m_project, *m_undo);
        dialog.addClass();
        dialog.addChildClass();
        QCOMPARE(m_project->labels().classes().size(), 2);
        // Select the parent: it has a child, so the store refuses and the dialog says why.
        const qint64 parent = m_project->labels().classes().first().parentId
            ? *m_project->labels().classes().first().parentId
            : m_project->labels().classes().first().id;
        dialog.selectClass(parent);
        QString message;
        expectMessageBox(&message);
        dialog.removeSelectedClass();
        QVERIFY(!message.isEmpty());
        QCOMPARE(m_project->labels().classes().size(), 2);
    }
};

QTEST_MAIN(TestLabelSchemaDialog)
#include "tst_labelschemadialog.moc"
