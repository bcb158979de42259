#include "reliability/FaultVfs.h"

#include <atomic>
#include <sqlite3.h>

namespace cb::test::faultvfs {

namespace {

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

std::atomic<int> g_opens{0};
std::atomic<int> g_reads{0};
std::atomic<int> g_writes{0};
std::atomic<int> g_syncs{0};
std::atomic<int> g_armedOp{-1};
std::atomic<int> g_remaining{0};
std::atomic<int> g_code{SQLITE_IOERR};
std::atomic<bool> g_injected{false};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f)->real;
}

// Whether this call of `op` is the one to fail.
bool failNow(Op op)
{
    if (g_armedOp.load() != int(op))
        return false;
    if (g_remaining.fetch_sub(1) != 1)
        return false;
    g_armedOp.store(-1);
    g_injected.store(true);
    return true;
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* r = real(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    ++g_reads;
    if (failNow(Op::Read))
        return g_code.load();
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    ++g_writes;
    if (failNow(Op::Write))
        return g_code.load();
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}

int xSync(sqlite3_file* f, int flags)
{
    ++g_syncs;
    if (failNow(Op::Sync))
        return g_code.load();
    return real(f)->pMethods->xSync(real(f), flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}

int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    // no memory-mapped reads: every read goes through xRead, where it is counted
    (void)f;
    (void)offset;
    (void)amount;
    *out = nullptr;
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    (void)f;
    (void)offset;
    (void)p;
    return SQLITE_OK;
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* f = reinterpret_cast<FaultFile*>(file);
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->real->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        f->base.pMethods = nullptr;
        return rc;
    }
    ++g_opens;
    f->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}

void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}

void xDlError(sqlite3_vfs*, int n, char* out)
{
    g_real->xDlError(g_real, n, out);
}

void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void xDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}

int xRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}

int xSleep(sqlite3_vfs*, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int xCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}

int xGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, out) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

bool install()
{
    if (g_real)
        return true;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real || g_real->iVersion < 2)
        return false;
    g_methods = {};
    g_methods.iVersion = 3;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
    g_methods.xFetch = xFetch;
    g_methods.xUnfetch = xUnfetch;

    g_vfs = {};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "cellboard-fault";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK) {
        g_real = nullptr;
        return false;
    }
    return true;
}

void resetCounts()
{
    g_opens = 0;
    g_reads = 0;
    g_writes = 0;
    g_syncs = 0;
}

Counts counts()
{
    return {g_opens.load(), g_reads.load(), g_writes.load(), g_syncs.load()};
}

void arm(Op op, int n, int resultCode)
{
    g_injected = false;
    g_code = resultCode;
    g_remaining = n;
    g_armedOp = int(op);
}

void disarm()
{
    g_armedOp = -1;
}

bool injected()
{
    return g_injected.load();
}

} // namespace cb::test::faultvfs
