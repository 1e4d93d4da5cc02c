#include "removelabelattributecommand.h"

#include "../labelschema.h"
#include "../storeerror.h"

#include <QCoreApplication>

namespace rwb::project {

RemoveLabelAttributeCommand::RemoveLabelAttributeCommand(
    Connection &connection, qint64 attributeId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_id(attributeId)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Delete attribute"));
}

void RemoveLabelAttributeCommand::redo()
{
    guarded([this] {
        LabelSchema schema(connection());
        const std::optional<LabelAttribute> a = schema.attributeById(m_id);
        if (!a)
            throw StoreError(StoreError::Code::NotFound,
                QCoreApplication::translate("rwb::project::Commands", "attribute %1 does not exist").arg(m_id));
        m_attribute = *a;
        schema.removeAttribute(m_id);
    });
}

void RemoveLabelAttributeCommand::undo()
{
    guarded(
        [this] {
            LabelAttribute a = m_attribute;
            LabelSchema(connection()).addAttribute(a);
        },
        false);
}

} // namespace rwb::project
