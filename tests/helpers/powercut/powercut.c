/* powercut.so: an LD_PRELOAD shim that lets a test simulate a power cut.
 *
 * Before each call that changes the bytes, size or existence of a file under
 * $POWERCUT_DIR, it appends to $POWERCUT_JOURNAL how to undo the change; after
 * fsync/fdatasync it appends a sync marker. After the process is SIGKILLed,
 * tests/helpers/powercut/__init__.py undoes, newest first, every change no
 * sync covers: the files are what a machine that lost power would keep.
 * Records go ahead of their call, by one writev(2) on an O_APPEND file, so a
 * kill at any moment leaves an undo record for every change that reached the
 * page cache (the kernel keeps the journal: the cut is replayed by the test).
 *
 * Modelled (what SQLite and CPython call on Linux; seen with strace):
 *   write, pwrite(64), writev, pwritev(64), ftruncate(64): undo bytes + size
 *   open(64), openat(64), creat(64): O_CREAT of a new file (undo: remove it),
 *     O_TRUNC (undo: the old contents)
 *   unlink, unlinkat: undo = recreate the file
 *   fsync, fdatasync on a file: its earlier changes are durable
 *   fsync, fdatasync on a directory: creations and removals of its entries are
 *     durable (strict POSIX: a new file's name survives only once its
 *     directory is synced, whatever was synced in the file)
 *   O_SYNC/O_DSYNC files: a write is durable when it returns
 *   sync, syncfs: everything before is durable
 * Refused (an X record makes the replay fail rather than guess): rename(at/at2),
 *   truncate(64), mkdir(at), rmdir through unlinkat under the directory.
 * Not modelled: stores through shared mmap (SQLite maps only the -shm index,
 * which it rebuilds from the WAL), and partial write-back (every unsynced
 * change is lost, none kept).
 *
 * Record (little endian, packed): kind u8, path length u32, old size i64,
 * offset i64, data length u64, path, data. Kinds:
 *   W restore `data` at `offset`, then truncate to `old size`;  C remove;
 *   U recreate with `data`;  S, D, A: a file, a directory, everything synced:
 *   it covers the records with sequence < `offset`;  X unmodelled call `data`.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static char root[PATH_MAX];
static size_t root_len;
static int jfd = -1;
static uint64_t nrec; /* records appended so far: the next record's sequence */
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

#define REAL(ret, name, ...)                                    \
    static ret (*real_##name)(__VA_ARGS__);                     \
    static ret (*get_##name(void))(__VA_ARGS__) {               \
        if (!real_##name) real_##name = dlsym(RTLD_NEXT, #name); \
        return real_##name;                                     \
    }

REAL(ssize_t, write, int, const void *, size_t)
REAL(ssize_t, pwrite, int, const void *, size_t, off_t)
REAL(ssize_t, pwrite64, int, const void *, size_t, off_t)
REAL(ssize_t, writev, int, const struct iovec *, int)
REAL(ssize_t, pwritev, int, const struct iovec *, int, off_t)
REAL(ssize_t, pwritev64, int, const struct iovec *, int, off_t)
REAL(int, ftruncate, int, off_t)
REAL(int, ftruncate64, int, off_t)
REAL(int, open, const char *, int, ...)
REAL(int, open64, const char *, int, ...)
REAL(int, openat, int, const char *, int, ...)
REAL(int, openat64, int, const char *, int, ...)
REAL(int, creat, const char *, mode_t)
REAL(int, creat64, const char *, mode_t)
REAL(int, unlink, const char *)
REAL(int, unlinkat, int, const char *, int)
REAL(int, fsync, int)
REAL(int, fdatasync, int)
REAL(void, sync, void)
REAL(int, syncfs, int)
REAL(int, rename, const char *, const char *)
REAL(int, renameat, int, const char *, int, const char *)
REAL(int, renameat2, int, const char *, int, const char *, unsigned int)
REAL(int, truncate, const char *, off_t)
REAL(int, truncate64, const char *, off_t)
REAL(int, mkdir, const char *, mode_t)
REAL(int, mkdirat, int, const char *, mode_t)

__attribute__((constructor)) static void powercut_init(void) {
    const char *dir = getenv("POWERCUT_DIR"), *journal = getenv("POWERCUT_JOURNAL");
    if (!dir || !journal || !*dir) return;
    snprintf(root, sizeof root, "%s", dir);
    root_len = strlen(root);
    while (root_len > 1 && root[root_len - 1] == '/') root[--root_len] = 0;
    int fd = syscall(SYS_openat, AT_FDCWD, journal, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) { perror("powercut: journal"); _exit(97); }
    /* A high descriptor, so the program's own opens and closes leave it alone. */
    jfd = fcntl(fd, F_DUPFD_CLOEXEC, 700);
    syscall(SYS_close, fd);
    if (jfd < 0) { perror("powercut: journal"); _exit(97); }
}

static int under_root(const char *p) {
    size_t n = strlen(p), d = strlen(" (deleted)");
    if (!root_len || strncmp(p, root, root_len) != 0) return 0;
    if (p[root_len] != '/' && p[root_len] != 0) return 0;
    return !(n >= d && strcmp(p + n - d, " (deleted)") == 0);
}

/* The path an open descriptor refers to, if it is under the directory. */
static int fd_path(int fd, char *out) {
    char link[64];
    if (!root_len || fd < 0 || fd == jfd) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, out, PATH_MAX - 1);
    if (n < 0) return 0;
    out[n] = 0;
    return under_root(out);
}

/* The absolute path `path` (relative to `dirfd`) names, its parent resolved. */
static int abs_path(int dirfd, const char *path, char *out) {
    char joined[PATH_MAX * 2], parent[PATH_MAX];
    if (!root_len || !path) return 0;
    if (path[0] == '/') {
        snprintf(joined, sizeof joined, "%s", path);
    } else {
        char base[PATH_MAX];
        if (dirfd == AT_FDCWD) {
            if (!getcwd(base, sizeof base)) return 0;
        } else {
            char link[64];
            snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
            ssize_t n = readlink(link, base, sizeof base - 1);
            if (n < 0) return 0;
            base[n] = 0;
        }
        snprintf(joined, sizeof joined, "%s/%s", base, path);
    }
    char *slash = strrchr(joined, '/');
    const char *name = slash + 1;
    *slash = 0;
    if (!realpath(joined[0] ? joined : "/", parent)) return 0;
    if (snprintf(out, PATH_MAX, "%s/%s", strcmp(parent, "/") ? parent : "", name) >= PATH_MAX) return 0;
    return under_root(out);
}

static void jwrite(char kind, const char *path, int64_t old_size, int64_t off, const void *data, uint64_t len) {
    struct __attribute__((packed)) {
        char kind;
        uint32_t plen;
        int64_t old_size, off;
        uint64_t len;
    } h = {kind, (uint32_t)strlen(path), old_size, off, len};
    struct iovec iov[3] = {{&h, sizeof h}, {(void *)path, h.plen}, {(void *)data, len}};
    ssize_t want = (ssize_t)(sizeof h + h.plen + len);
    if (syscall(SYS_writev, jfd, iov, 3) != want) {
        perror("powercut: journal write");
        abort();
    }
    nrec++;
}

/* Read [off, off + len) of a file (short at its end); the caller frees. */
static char *read_range(int fd, int64_t off, uint64_t len, uint64_t *got) {
    char *buf = malloc(len ? len : 1);
    if (!buf) abort();
    *got = 0;
    while (*got < len) {
        ssize_t n = pread(fd, buf + *got, len - *got, off + *got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        *got += n;
    }
    return buf;
}

/* Before bytes [off, off + len) of `fd` change: keep what they held. */
static void record_range(int fd, const char *path, int64_t off, uint64_t len) {
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
    uint64_t keep = off < st.st_size ? (uint64_t)(st.st_size - off) : 0, got;
    if (keep > len) keep = len;
    char *old = read_range(fd, off, keep, &got);
    if (got < keep) { /* a write-only descriptor: read through a new one */
        char link[64];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        int rfd = syscall(SYS_openat, AT_FDCWD, link, O_RDONLY | O_CLOEXEC);
        free(old);
        old = rfd >= 0 ? read_range(rfd, off, keep, &got) : NULL;
        if (rfd >= 0) syscall(SYS_close, rfd);
        if (!old || got < keep) {
            fprintf(stderr, "powercut: cannot read what %s held\n", path);
            abort();
        }
    }
    jwrite('W', path, st.st_size, off, old, got);
    free(old);
}

static int64_t write_offset(int fd, int flags) {
    struct stat st;
    if ((flags & O_APPEND) && fstat(fd, &st) == 0) return st.st_size;
    return lseek(fd, 0, SEEK_CUR);
}

/* Each write wrapper: record, write, and mark it durable for O_SYNC files. */
#define WRITE_BODY(call, offset_expr, length_expr)                                 \
    char path[PATH_MAX];                                                          \
    if (!fd_path(fd, path)) return call;                                          \
    pthread_mutex_lock(&mu);                                                      \
    int flags = fcntl(fd, F_GETFL);                                               \
    record_range(fd, path, (offset_expr), (length_expr));                         \
    ssize_t r = call;                                                             \
    int saved = errno;                                                            \
    if (r >= 0 && flags >= 0 && (flags & O_DSYNC)) jwrite('S', path, 0, nrec, "", 0); \
    pthread_mutex_unlock(&mu);                                                    \
    errno = saved;                                                                \
    return r;

static uint64_t iov_len(const struct iovec *iov, int n) {
    uint64_t total = 0;
    for (int i = 0; i < n; i++) total += iov[i].iov_len;
    return total;
}

ssize_t write(int fd, const void *b, size_t n) { WRITE_BODY(get_write()(fd, b, n), write_offset(fd, flags), n) }
ssize_t pwrite(int fd, const void *b, size_t n, off_t o) { WRITE_BODY(get_pwrite()(fd, b, n, o), o, n) }
ssize_t pwrite64(int fd, const void *b, size_t n, off_t o) { WRITE_BODY(get_pwrite64()(fd, b, n, o), o, n) }
ssize_t writev(int fd, const struct iovec *v, int c) {
    WRITE_BODY(get_writev()(fd, v, c), write_offset(fd, flags), iov_len(v, c))
}
ssize_t pwritev(int fd, const struct iovec *v, int c, off_t o) { WRITE_BODY(get_pwritev()(fd, v, c, o), o, iov_len(v, c)) }
ssize_t pwritev64(int fd, const struct iovec *v, int c, off_t o) {
    WRITE_BODY(get_pwritev64()(fd, v, c, o), o, iov_len(v, c))
}

static int truncate_fd(int fd, off_t len, int (*real)(int, off_t)) {
    char path[PATH_MAX];
    struct stat st;
    if (!fd_path(fd, path) || fstat(fd, &st) != 0) return real(fd, len);
    pthread_mutex_lock(&mu);
    record_range(fd, path, len, len < st.st_size ? (uint64_t)(st.st_size - len) : 0);
    int r = real(fd, len), saved = errno;
    pthread_mutex_unlock(&mu);
    errno = saved;
    return r;
}
int ftruncate(int fd, off_t len) { return truncate_fd(fd, len, get_ftruncate()); }
int ftruncate64(int fd, off_t len) { return truncate_fd(fd, len, get_ftruncate64()); }

/* Before an open that may create or truncate: note what it changes. Returns
 * whether the lock is held (the caller opens, then unlocks). */
static int before_open(int dirfd, const char *p, int flags) {
    char path[PATH_MAX];
    struct stat st;
    if (!(flags & (O_CREAT | O_TRUNC)) || !abs_path(dirfd, p, path)) return 0;
    pthread_mutex_lock(&mu);
    if (stat(path, &st) != 0) {
        if (flags & O_CREAT) jwrite('C', path, 0, 0, "", 0);
    } else if ((flags & O_TRUNC) && S_ISREG(st.st_mode) && (flags & O_ACCMODE) != O_RDONLY && st.st_size > 0) {
        int fd = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            record_range(fd, path, 0, st.st_size);
            syscall(SYS_close, fd);
        }
    }
    return 1;
}

/* Unlocks what before_open or before_remove locked; returns the call's result. */
static int after(int locked, int result) {
    int saved = errno;
    if (locked) pthread_mutex_unlock(&mu);
    errno = saved;
    return result;
}

#define OPEN(name, dirfd, args)                                    \
    mode_t mode = 0;                                                \
    if (flags & (O_CREAT | O_TMPFILE)) {                            \
        va_list ap;                                                 \
        va_start(ap, flags);                                        \
        mode = va_arg(ap, mode_t);                                  \
        va_end(ap);                                                 \
    }                                                               \
    int locked = before_open(dirfd, p, flags);                      \
    return after(locked, get_##name() args);

int open(const char *p, int flags, ...) { OPEN(open, AT_FDCWD, (p, flags, mode)) }
int open64(const char *p, int flags, ...) { OPEN(open64, AT_FDCWD, (p, flags, mode)) }
int openat(int dirfd, const char *p, int flags, ...) { OPEN(openat, dirfd, (dirfd, p, flags, mode)) }
int openat64(int dirfd, const char *p, int flags, ...) { OPEN(openat64, dirfd, (dirfd, p, flags, mode)) }
/* (Journal first: C leaves the order of a call's arguments unspecified.) */
int creat(const char *p, mode_t mode) {
    int locked = before_open(AT_FDCWD, p, O_CREAT | O_WRONLY | O_TRUNC);
    return after(locked, get_creat()(p, mode));
}
int creat64(const char *p, mode_t mode) {
    int locked = before_open(AT_FDCWD, p, O_CREAT | O_WRONLY | O_TRUNC);
    return after(locked, get_creat64()(p, mode));
}

/* Before a name is removed: keep the file's contents. Returns whether the
 * lock is held. */
static int before_remove(int dirfd, const char *p, int flags) {
    char path[PATH_MAX];
    struct stat st;
    if (!abs_path(dirfd, p, path) || lstat(path, &st) != 0) return 0;
    pthread_mutex_lock(&mu);
    if (flags & AT_REMOVEDIR) {
        jwrite('X', path, 0, 0, "rmdir", 5);
    } else if (S_ISREG(st.st_mode)) {
        int fd = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
        uint64_t got = 0;
        char *old = fd >= 0 ? read_range(fd, 0, st.st_size, &got) : NULL;
        if (fd >= 0) syscall(SYS_close, fd);
        jwrite('U', path, st.st_size, 0, old ? old : "", got);
        free(old);
    }
    return 1;
}
int unlink(const char *p) {
    int locked = before_remove(AT_FDCWD, p, 0);
    return after(locked, get_unlink()(p));
}
int unlinkat(int dirfd, const char *p, int flags) {
    int locked = before_remove(dirfd, p, flags);
    return after(locked, get_unlinkat()(dirfd, p, flags));
}

static int sync_fd(int fd, int (*real)(int)) {
    char path[PATH_MAX];
    struct stat st;
    if (!fd_path(fd, path)) return real(fd);
    pthread_mutex_lock(&mu);
    uint64_t start = nrec; /* records appended later may not be in this sync */
    pthread_mutex_unlock(&mu);
    int r = real(fd), saved = errno;
    if (r == 0 && fstat(fd, &st) == 0) {
        pthread_mutex_lock(&mu);
        jwrite(S_ISDIR(st.st_mode) ? 'D' : 'S', path, 0, start, "", 0);
        pthread_mutex_unlock(&mu);
    }
    errno = saved;
    return r;
}
int fsync(int fd) { return sync_fd(fd, get_fsync()); }
int fdatasync(int fd) { return sync_fd(fd, get_fdatasync()); }

static void sync_all(uint64_t start) {
    if (!root_len) return;
    pthread_mutex_lock(&mu);
    jwrite('A', root, 0, start, "", 0);
    pthread_mutex_unlock(&mu);
}
void sync(void) {
    uint64_t start = nrec;
    get_sync()();
    sync_all(start);
}
int syncfs(int fd) {
    uint64_t start = nrec;
    int r = get_syncfs()(fd);
    if (r == 0) sync_all(start);
    return r;
}

/* Calls the replay does not model: leave a record that makes it fail. */
static void refuse(int dirfd, const char *p, const char *call) {
    char path[PATH_MAX];
    if (!abs_path(dirfd, p, path)) return;
    pthread_mutex_lock(&mu);
    jwrite('X', path, 0, 0, call, strlen(call));
    pthread_mutex_unlock(&mu);
}
int rename(const char *a, const char *b) {
    refuse(AT_FDCWD, a, "rename"), refuse(AT_FDCWD, b, "rename");
    return get_rename()(a, b);
}
int renameat(int da, const char *a, int db, const char *b) {
    refuse(da, a, "renameat"), refuse(db, b, "renameat");
    return get_renameat()(da, a, db, b);
}
int renameat2(int da, const char *a, int db, const char *b, unsigned int flags) {
    refuse(da, a, "renameat2"), refuse(db, b, "renameat2");
    return get_renameat2()(da, a, db, b, flags);
}
int truncate(const char *p, off_t len) {
    refuse(AT_FDCWD, p, "truncate");
    return get_truncate()(p, len);
}
int truncate64(const char *p, off_t len) {
    refuse(AT_FDCWD, p, "truncate64");
    return get_truncate64()(p, len);
}
int mkdir(const char *p, mode_t mode) {
    refuse(AT_FDCWD, p, "mkdir");
    return get_mkdir()(p, mode);
}
int mkdirat(int dirfd, const char *p, mode_t mode) {
    refuse(dirfd, p, "mkdirat");
    return get_mkdirat()(dirfd, p, mode);
}
