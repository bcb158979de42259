#include "storage/Transaction.h"

#include "storage/SqlSupport.h"

#include <QCoreApplication>

namespace cb::storage {

Transaction::Transaction(Database& db) : m_db(db)
{
    auto* d = db.d();
    if (d->transactionDepth > 0) {
        ++d->transactionDepth;
        return; // joins the outer transaction
    }
    // a connection the server dropped since the last act is opened again first; one found
    // dropped by BEGIN itself too (nothing was sent in it yet)
    m_status = reconnectIfLost(db);
    const QString begin = db.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    bool begun = false;
    if (m_status.ok()) {
        {
            QSqlQuery q(d->db());
            begun = q.exec(begin);
            if (!begun)
                m_status = errorFromSql(q.lastError(), QStringLiteral("begin"), &db);
        }
        if (!begun && db.isPostgres() && !d->db().isOpen() && reconnectIfLost(db).ok()) {
            QSqlQuery again(d->db());
            begun = again.exec(begin);
            m_status =
                begun ? Status() : Status(errorFromSql(again.lastError(), QStringLiteral("begin"), &db));
        }
    }
    ++d->transactionDepth;
    m_outer = true;
    if (!begun) {
        --d->transactionDepth;
        m_done = true;
        m_outer = false;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    auto* d = m_db.d();
    --d->transactionDepth;
    if (m_outer) {
        d->rollbackOnly = false;
        QSqlQuery q(d->db());
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        d->rollbackOnly = true; // an inner part failed: the outer commit must not go through
    }
}

Status Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Status(Error::failure(QStringLiteral("transaction already finished")))
                             : m_status;
    auto* d = m_db.d();
    m_done = true;
    --d->transactionDepth;
    if (!m_outer)
        return {};
    if (d->rollbackOnly) {
        d->rollbackOnly = false;
        QSqlQuery r(d->db());
        r.exec(QStringLiteral("ROLLBACK"));
        return Error::failure(
            QCoreApplication::translate("cb::storage", "Part of the change failed; nothing was saved."));
    }
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Status st = errorFromSql(q.lastError(), QStringLiteral("commit"), &m_db);
        QSqlQuery r(d->db());
        r.exec(QStringLiteral("ROLLBACK"));
        return st;
    }
    return {};
}

} // namespace cb::storage
