using Lucene.Net.Store;
using Media.Abstractions.Hosting;
using Microsoft.Extensions.Logging;

namespace Media.Search.Indexing;

/// <summary>A site whose index is empty (first start, or the folder was deleted) builds it from the database before
/// it serves requests (docs/search.md §3), and so does one written in an older layout of the index (a new version of
/// the module). An index of the current layout that has articles is trusted: notifications keep it current.
/// A second process on the same AppData (the <c>search rebuild</c> command beside a running site) finds the index
/// locked and leaves it alone.</summary>
internal sealed class IndexAtStart(SearchIndex index, SearchIndexRebuild rebuild, ILogger<IndexAtStart> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.DemoContent + 50;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (index.IsEmpty || !index.HasCurrentFormat) await rebuild.RunAsync(cancellationToken);
        }
        catch (LockObtainFailedException)
        {
            Log.IndexInUse(logger, index.Path);
        }
    }
}
