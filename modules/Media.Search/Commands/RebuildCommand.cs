using Lucene.Net.Store;
using Media.Abstractions.Hosting;
using Media.Search.Indexing;

namespace Media.Search.Commands;

/// <summary><c>search rebuild</c> (docs/search.md §3): rebuilds the index under AppData from the database. The site
/// must be stopped — a running one holds the index's write lock; rebuild that one with the admin endpoint.</summary>
internal sealed class RebuildCommand(SearchIndexRebuild rebuild, SearchIndex index) : IHostCommand
{
    public string Name => "search rebuild";

    public string Description => "Rebuild the search index from the database (stop the site first).";

    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            var count = await rebuild.RunAsync(cancellationToken);
            await output.WriteLineAsync($"Search index rebuilt at {index.Path}: {count} published articles.");
            return 0;
        }
        catch (LockObtainFailedException)
        {
            await output.WriteLineAsync($"The search index at {index.Path} is in use by a running site. Stop it first, "
                + "or rebuild through POST /api/admin/search/rebuild.");
            return 1;
        }
    }
}
