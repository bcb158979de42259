#pragma once

#include "core/Result.h"

namespace cb::storage {

class Database;

// A write transaction (BEGIN IMMEDIATE on SQLite, so two writers queue on the busy timeout
// instead of failing half-way). Rolls back on destruction unless committed. Nested
// Transaction objects join the outer one.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& status() const { return m_status; }
    bool ok() const { return m_status.ok(); }
    Status commit();

private:
    Database& m_db;
    Status m_status;
    bool m_outer = false;
    bool m_done = false;
};

} // namespace cb::storage
