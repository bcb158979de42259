#pragma once

#include "core/Vocabulary.h"

#include <QList>
#include <QString>

namespace cb::core {

// Who is acting: enough for permission decisions and for the audit trail.
struct UserIdentity
{
    qint64 id = 0;
    QString username;
    QString printedName;
    QList<Role> roles;
    QList<Discipline> disciplines; // for specialists (and a chair's own discipline)

    bool hasRole(Role r) const { return roles.contains(r); }
    bool isValid() const { return id > 0; }
};

} // namespace cb::core
