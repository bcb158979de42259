#pragma once

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/WorklistQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace cb::services {
class CaseService;
}

namespace cb::presentation {

// The worklist as a table that pages through CaseService::worklistPage lazily: the row count
// comes from worklistCount, rows are fetched in blocks when a view asks for them, and only a
// few blocks are kept (least recently used go first). Sorting and filtering change the query:
// the database sorts and filters, so 100,000 cases cost one block per screen. Blocks in the
// second half are read in the reverse order from the end, so no page skips more than half the
// rows. With deferred fetching (the worklist page), a block a view paints for the first time
// shows placeholders and is read once scrolling pauses: dragging the scroll bar across 100,000
// rows reads only the blocks where it stops.
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CaseIdColumn,
        PatientColumn,
        MrnColumn,
        IndicationColumn,
        StateColumn,
        ReferralDateColumn,
        DaysColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, StateIdRole };
    static constexpr int kDefaultBlockSize = 200;
    static constexpr int kMaxCachedBlocks = 8;

    WorklistModel(services::CaseService& cases, const core::Clock& clock, QObject* parent = nullptr);

    void setActor(const core::UserIdentity& actor);
    const core::WorklistQuery& query() const { return m_query; }
    // Drops cached rows when the query differs from the current one, and re-counts unless only
    // the order changed.
    void setQuery(const core::WorklistQuery& query);
    // Re-counts and drops cached rows (F5, or after a case changed).
    void refresh();
    // Rows per fetched page (tests use small pages to exercise the cache).
    void setBlockSize(int rows);
    int blockSize() const { return m_blockSize; }
    void setDeferredFetching(bool deferred, int delayMs = 40);
    bool hasPendingFetches() const { return !m_pending.isEmpty(); }

    qint64 totalCount() const { return m_count; }
    // False when the database holds no case at all (not only none matching the filters).
    bool databaseHasCases() const { return m_hasAnyCase; }
    qint64 caseIdAt(int row) const;
    QString lastError() const { return m_lastError; }
    static bool isSortable(int column);
    // For tests and diagnostics: how many blocks are cached, how many pages were fetched, and
    // how many times the cases were counted.
    int cachedBlockCount() const { return int(m_blocks.size()); }
    int fetchedPageCount() const { return m_fetches; }
    int countQueries() const { return m_counts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The service refused or failed; the message says what to do.
    void errorOccurred(const QString& message);

private slots:
    void fetchPendingBlocks();

private:
    // wait: read the block now even when fetching is deferred
    const core::CaseSummary* summaryAt(int row, bool wait) const;
    const QList<core::CaseSummary>& block(int blockIndex) const;
    Result<QList<core::CaseSummary>> readBlock(int blockIndex) const;
    void reload(bool recount);
    void reportError(const QString& message) const;

    services::CaseService& m_cases;
    const core::Clock& m_clock;
    core::UserIdentity m_actor;
    core::WorklistQuery m_query;
    qint64 m_count = 0;
    bool m_hasAnyCase = true;
    int m_counts = 0;
    int m_blockSize = kDefaultBlockSize;
    mutable QString m_lastError;
    // cache of fetched blocks, and their use order (most recent last)
    mutable QHash<int, QList<core::CaseSummary>> m_blocks;
    mutable QList<int> m_blockUse;
    mutable int m_fetches = 0;
    // deferred fetching: blocks painted before they were read, most recent last
    bool m_deferred = false;
    mutable QList<int> m_pending;
    QTimer* m_fetchTimer = nullptr;
};

} // namespace cb::presentation
