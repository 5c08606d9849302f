using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Media.Abstractions.Hosting;
using Media.Search.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Search.Tests.Unit;

/// <summary>The index records its layout (docs/search.md §3): a new index has the current one and keeps it through
/// later commits; an index an older version wrote has none, so the site rebuilds it at start.</summary>
public sealed class SearchIndexFormatTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "media-search-unit", Guid.NewGuid().ToString("N"));

    [Fact]
    public void ANewIndex_HasTheCurrentFormat_AfterLaterCommits()
    {
        using var index = Open();
        index.Upsert(new Document { new StringField(ArticleDocument.Id, "a", Field.Store.NO) }, "a");
        index.Delete("a");

        Assert.True(index.HasCurrentFormat);
    }

    [Fact]
    public void AnIndexOfAnOlderLayout_IsNotCurrent_UntilItIsReset()
    {
        var folder = Path.Combine(root, SearchIndex.FolderName);
        System.IO.Directory.CreateDirectory(folder);
        using (var directory = FSDirectory.Open(folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument(new Document { new StringField(ArticleDocument.Id, "old", Field.Store.YES) });
            writer.Commit();
        }

        using var index = Open();
        Assert.False(index.IsEmpty);
        Assert.False(index.HasCurrentFormat);

        index.Reset();

        Assert.True(index.IsEmpty);
        Assert.True(index.HasCurrentFormat);
    }

    private SearchIndex Open()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Media:AppData"] = root }).Build();
        return new SearchIndex(new MediaAppData(configuration, new Host(root)), NullLogger<SearchIndex>.Instance);
    }

    public void Dispose() => System.IO.Directory.Delete(root, recursive: true);

    private sealed class Host(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Media.Search.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
