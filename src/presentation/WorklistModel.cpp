#include "presentation/WorklistModel.h"

#include "platform/Logging.h"
#include "services/CaseService.h"

#include <QLocale>
#include <QMetaObject>
#include <algorithm>
#include <limits>

namespace cb::presentation {

using SortKey = core::WorklistQuery::SortKey;

namespace {
// a view shows at most a couple of blocks; older requests were scrolled past
constexpr int kMaxBlocksPerDeferredFetch = 3;
} // namespace

WorklistModel::WorklistModel(services::CaseService& cases, const core::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_cases(cases), m_clock(clock), m_fetchTimer(new QTimer(this))
{
    m_fetchTimer->setSingleShot(true);
    connect(m_fetchTimer, &QTimer::timeout, this, &WorklistModel::fetchPendingBlocks);
}

void WorklistModel::setDeferredFetching(bool deferred, int delayMs)
{
    m_deferred = deferred;
    m_fetchTimer->setInterval(delayMs);
}

void WorklistModel::setActor(const core::UserIdentity& actor)
{
    m_actor = actor;
    refresh();
}

namespace {
// Same cases, perhaps in another order: the count stays.
bool sameCases(const core::WorklistQuery& a, const core::WorklistQuery& b)
{
    core::WorklistQuery sortedLikeA = b;
    sortedLikeA.sortKey = a.sortKey;
    sortedLikeA.ascending = a.ascending;
    return sortedLikeA == a;
}
} // namespace

void WorklistModel::setQuery(const core::WorklistQuery& query)
{
    if (query == m_query)
        return;
    const bool recount = !sameCases(query, m_query) || !m_lastError.isEmpty();
    m_query = query;
    beginResetModel();
    reload(recount);
    endResetModel();
}

void WorklistModel::refresh()
{
    beginResetModel();
    reload(true);
    endResetModel();
}

void WorklistModel::setBlockSize(int rows)
{
    m_blockSize = qMax(1, rows);
    refresh();
}

void WorklistModel::reload(bool recount)
{
    m_blocks.clear();
    m_blockUse.clear();
    m_pending.clear();
    m_fetchTimer->stop();
    m_lastError.clear();
    if (!m_actor.isValid()) {
        m_count = 0;
        return;
    }
    if (recount) {
        ++m_counts;
        m_count = 0;
        auto count = m_cases.worklistCount(m_actor, m_query);
        if (!count.ok()) {
            reportError(count.error().message);
            return;
        }
        m_count = *count;
        m_hasAnyCase = true;
        if (m_count == 0) {
            // only when nothing is listed: an empty database says how to add a case
            auto any = m_cases.hasAnyCase(m_actor);
            if (!any.ok()) {
                reportError(any.error().message);
                return;
            }
            m_hasAnyCase = *any;
        }
    }
    if (m_count > 0) {
        // the first screen is read at once: opening, sorting or filtering shows rows, not placeholders
        ++m_fetches;
        auto first = readBlock(0);
        if (!first.ok()) {
            reportError(first.error().message);
            return;
        }
        m_blocks.insert(0, std::move(first).value());
        m_blockUse.append(0);
    }
}

void WorklistModel::reportError(const QString& message) const
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    // data() is const and may run inside a paint: tell the view's owner later
    auto* self = const_cast<WorklistModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->errorOccurred(message); }, Qt::QueuedConnection);
}

bool WorklistModel::isSortable(int column)
{
    return column != MrnColumn && column >= 0 && column < ColumnCount;
}

void WorklistModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    core::WorklistQuery q = m_query;
    const bool ascending = order == Qt::AscendingOrder;
    q.ascending = ascending;
    switch (column) {
    case CaseIdColumn:
        q.sortKey = SortKey::CaseId;
        break;
    case PatientColumn:
        q.sortKey = SortKey::Patient;
        break;
    case IndicationColumn:
        q.sortKey = SortKey::Indication;
        break;
    case StateColumn:
        q.sortKey = SortKey::State;
        break;
    case ReferralDateColumn:
        q.sortKey = SortKey::ReferralDate;
        break;
    case DaysColumn: // more days since referral = an earlier referral date
        q.sortKey = SortKey::ReferralDate;
        q.ascending = !ascending;
        break;
    default:
        return;
    }
    setQuery(q);
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<core::CaseSummary>& WorklistModel::block(int blockIndex) const
{
    auto it = m_blocks.find(blockIndex);
    if (it != m_blocks.end()) {
        if (m_blockUse.last() != blockIndex) {
            m_blockUse.removeOne(blockIndex);
            m_blockUse.append(blockIndex);
        }
        return *it;
    }
    while (m_blocks.size() >= kMaxCachedBlocks) {
        m_blocks.remove(m_blockUse.takeFirst());
    }
    ++m_fetches;
    auto page = readBlock(blockIndex);
    QList<core::CaseSummary> rows;
    if (page.ok()) {
        rows = std::move(page).value();
    } else {
        // keep the empty block so a failing database is not asked again on every paint
        CB_LOG_WARN("worklist block {} could not be read", blockIndex);
        reportError(page.error().message);
    }
    m_blockUse.append(blockIndex);
    return *m_blocks.insert(blockIndex, std::move(rows));
}

Result<QList<core::CaseSummary>> WorklistModel::readBlock(int blockIndex) const
{
    const qint64 offset = qint64(blockIndex) * m_blockSize;
    const int n = int(qMin<qint64>(m_blockSize, m_count - offset));
    if (n <= 0)
        return QList<core::CaseSummary>{};
    if (offset <= m_count / 2)
        return m_cases.worklistPage(m_actor, m_query, offset, m_blockSize);
    // The same rows read from the other end: the order (key, then case id) reversed is exactly
    // the reverse sequence, and the database skips fewer rows.
    core::WorklistQuery reversed = m_query;
    reversed.ascending = !reversed.ascending;
    auto page = m_cases.worklistPage(m_actor, reversed, m_count - offset - n, n);
    if (page.ok())
        std::reverse(page.value().begin(), page.value().end());
    return page;
}

void WorklistModel::fetchPendingBlocks()
{
    QList<int> wanted;
    for (auto it = m_pending.crbegin(); it != m_pending.crend() && wanted.size() < kMaxBlocksPerDeferredFetch;
         ++it)
        if (!wanted.contains(*it))
            wanted << *it;
    m_pending.clear();
    for (const int b : std::as_const(wanted)) {
        if (m_blocks.contains(b))
            continue;
        block(b);
        const int first = b * m_blockSize;
        const int last = qMin(rowCount(), first + m_blockSize) - 1;
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

const core::CaseSummary* WorklistModel::summaryAt(int row, bool wait) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int b = row / m_blockSize;
    if (m_deferred && !wait && !m_blocks.contains(b)) {
        m_pending.append(b);
        m_fetchTimer->start(); // restarted while scrolling goes on
        return nullptr;
    }
    const auto& rows = block(b);
    const int offset = row % m_blockSize;
    // the database may hold fewer rows than counted if cases changed meanwhile
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

qint64 WorklistModel::caseIdAt(int row) const
{
    const auto* s = summaryAt(row, true);
    return s ? s->caseId : 0;
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == CaseIdColumn || index.column() == DaysColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CaseIdRole && role != StateIdRole &&
        role != Qt::AccessibleTextRole)
        return {};
    const core::CaseSummary* s = summaryAt(index.row(), false);
    if (!s) // not read yet: a placeholder until scrolling pauses
        return role == Qt::DisplayRole && index.column() == PatientColumn ? QStringLiteral("…") : QVariant();
    if (role == CaseIdRole)
        return s->caseId;
    if (role == StateIdRole)
        return core::toId(s->state);
    switch (index.column()) {
    case CaseIdColumn:
        return QString::number(s->caseId);
    case PatientColumn:
        return s->patientName;
    case MrnColumn:
        return s->mrn;
    case IndicationColumn:
        return core::label(s->indication);
    case StateColumn:
        return core::label(s->state);
    case ReferralDateColumn:
        return s->referralDate.toString(Qt::ISODate);
    case DaysColumn:
        if (!s->referralDate.isValid())
            return {};
        return QLocale().toString(s->referralDate.daysTo(m_clock.todayUtc()));
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == CaseIdColumn || section == DaysColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == MrnColumn)
        return tr("Search finds an MRN; the list is not sorted by MRN.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseIdColumn:
        return tr("Case");
    case PatientColumn:
        return tr("Patient");
    case MrnColumn:
        return tr("MRN");
    case IndicationColumn:
        return tr("Indication");
    case StateColumn:
        return tr("State");
    case ReferralDateColumn:
        return tr("Referral date");
    case DaysColumn:
        return tr("Days since referral");
    default:
        return {};
    }
}

} // namespace cb::presentation
