#include "storeerror.h"

namespace rwb::project {

StoreError::StoreError(Code code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
{ }

} // namespace rwb::project
