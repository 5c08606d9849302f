using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Media.Abstractions.Hosting;
using Microsoft.Extensions.Logging;

namespace Media.Search.Indexing;

/// <summary>
/// The one Lucene index of the process, under <c>AppData/search</c> (docs/search.md §1). It holds the only
/// <see cref="IndexWriter"/> (thread-safe, shared by every notification) and a <see cref="SearcherManager"/> opened
/// on that writer, refreshed after each change so a search sees it at once. Every change is committed straight away,
/// so a crash loses nothing that was acknowledged. A rebuild swaps in a fresh, empty index; the lock keeps searches and
/// writes off the old one while it closes.
/// </summary>
internal sealed class SearchIndex(MediaAppData appData, ILogger<SearchIndex> logger) : IDisposable
{
    public const string FolderName = "search";

    /// <summary>The commit data key under which a new index records its layout (<see cref="ArticleDocument.Format"/>).</summary>
    public const string FormatKey = "media.format";
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly object opening = new();
    private IndexHandle? handle;

    public Analyzer Analyzer { get; } = new SmartChineseAnalyzer(Version);

    public string Path { get; } = System.IO.Path.Combine(appData.Root, FolderName);

    /// <summary>True when the index holds no article: a fresh site, or a deleted folder.</summary>
    public bool IsEmpty => Read(writer => writer.NumDocs == 0);

    /// <summary>True when the index was created with the current layout (<see cref="ArticleDocument.Format"/>); an
    /// index written by an older version of the module is not, and is rebuilt at start.</summary>
    public bool HasCurrentFormat =>
        Read(writer => writer.CommitData.TryGetValue(FormatKey, out var format) && format == ArticleDocument.Format);

    private T Read<T>(Func<IndexWriter, T> read)
    {
        gate.EnterReadLock();
        try
        {
            return read(Handle().Writer);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Adds or replaces one article and commits: visible to the next search.</summary>
    public void Upsert(Document document, string key) => Write(w => w.UpdateDocument(new Term(ArticleDocument.Id, key), document), commit: true);

    public void Delete(string key) => Write(w => w.DeleteDocuments(new Term(ArticleDocument.Id, key)), commit: true);

    /// <summary>Adds or replaces one article without committing: the rebuild commits once at the end.</summary>
    public void Add(Document document, string key) => Write(w => w.UpdateDocument(new Term(ArticleDocument.Id, key), document), commit: false);

    public void CommitAndRefresh() => Write(_ => { }, commit: true);

    /// <summary>Runs <paramref name="search"/> on the newest searcher and releases it.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        gate.EnterReadLock();
        try
        {
            var manager = Handle().Searchers;
            var searcher = manager.Acquire();
            try
            {
                return search(searcher);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Closes the index and starts an empty one in a clean folder (the rebuild's first step).</summary>
    public void Reset()
    {
        gate.EnterWriteLock();
        try
        {
            Close();
            if (System.IO.Directory.Exists(Path)) System.IO.Directory.Delete(Path, recursive: true);
            _ = Handle();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private void Write(Action<IndexWriter> change, bool commit)
    {
        gate.EnterReadLock();
        try
        {
            var current = Handle();
            change(current.Writer);
            if (!commit) return;
            current.Writer.Commit();
            current.Searchers.MaybeRefreshBlocking();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private IndexHandle Handle()
    {
        if (Volatile.Read(ref handle) is { } open) return open;
        lock (opening)
        {
            handle ??= IndexHandle.Open(Path, Analyzer, Version);
            return handle;
        }
    }

    /// <summary>Disposes the open index. A folder deleted under a running site cannot be committed to any more; that
    /// is logged and the handle dropped, since the rebuild that follows starts from nothing anyway.</summary>
    private void Close()
    {
        var open = Interlocked.Exchange(ref handle, null);
        if (open is null) return;
        try
        {
            open.Dispose();
        }
        catch (IOException exception)
        {
            Log.IndexCloseFailed(logger, exception, Path);
        }
    }

    public void Dispose()
    {
        gate.EnterWriteLock();
        try
        {
            Close();
        }
        finally
        {
            gate.ExitWriteLock();
        }
        Analyzer.Dispose();
        gate.Dispose();
    }

    private sealed record IndexHandle(FSDirectory Directory, IndexWriter Writer, SearcherManager Searchers) : IDisposable
    {
        public static IndexHandle Open(string path, Analyzer analyzer, LuceneVersion version)
        {
            System.IO.Directory.CreateDirectory(path);
            var directory = FSDirectory.Open(path);
            var writer = new IndexWriter(directory, new IndexWriterConfig(version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
            if (!DirectoryReader.IndexExists(directory))
            {
                // Commit data is carried into every later commit, so the layout stays recorded.
                writer.SetCommitData(new Dictionary<string, string> { [FormatKey] = ArticleDocument.Format });
                writer.Commit();
            }
            return new IndexHandle(directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null));
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }
}
