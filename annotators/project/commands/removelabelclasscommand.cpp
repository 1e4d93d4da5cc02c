#include "removelabelclasscommand.h"

#include "../connection.h"
#include "../database.h"
#include "../labelschema.h"
#include "../storeerror.h"

#include <QCoreApplication>

namespace rwb::project {

RemoveLabelClassCommand::RemoveLabelClassCommand(Connection &connection, qint64 classId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_id(classId)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Delete label class"));
}

void RemoveLabelClassCommand::redo()
{
    guarded([this] {
        LabelSchema schema(connection());
        const std::optional<LabelClass> c = schema.classById(m_id);
        if (!c)
            throw StoreError(StoreError::Code::NotFound,
                QCoreApplication::translate("rwb::project::Commands", "label class %1 does not exist").arg(m_id));
        m_class = *c;
        m_attributes.clear();
        for (const LabelAttribute &a : schema.attributes()) {
            if (a.classId == m_id)
                m_attributes.append(a);
        }
        schema.removeClass(m_id);
    });
}

void RemoveLabelClassCommand::undo()
{
    guarded(
        [this] {
            Transaction tx(connection().db());
            LabelSchema schema(connection());
            LabelClass c = m_class;
            schema.addClass(c);
            for (LabelAttribute a : m_attributes)
                schema.addAttribute(a);
            tx.commit();
        },
        false);
}

} // namespace rwb::project
