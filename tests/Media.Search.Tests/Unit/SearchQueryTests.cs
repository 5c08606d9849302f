using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Media.Search.Indexing;
using Media.Search.Querying;

namespace Media.Search.Tests.Unit;

public sealed class SearchQueryTests : IDisposable
{
    private readonly SmartChineseAnalyzer analyzer = new(LuceneVersion.LUCENE_48);

    [Theory]
    [InlineData("\"(*:[ ~ ^ \\")]
    [InlineData("！？。，、")]
    [InlineData("   ")]
    public void Build_ReturnsNoQuery_WhenTheTextHasNoWord(string text) => Assert.Null(SearchQuery.Build(analyzer, text));

    [Fact]
    public void Build_TreatsQuerySyntaxAsPlainWords()
    {
        var query = Assert.IsType<BooleanQuery>(SearchQuery.Build(analyzer, "供暖 AND title:(改造*) OR -\"县城\""));

        var words = SearchQuery.Words(analyzer, "供暖 AND title:(改造*) OR -\"县城\"");
        Assert.Contains("供暖", words);
        Assert.Contains("改造", words);
        Assert.Contains("县城", words);
        Assert.Equal(words.Count, query.Clauses.Count);
        Assert.All(query.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
    }

    [Fact]
    public void Build_BoostsTheTitleAboveTheBody_ForEveryWord()
    {
        var query = Assert.IsType<BooleanQuery>(SearchQuery.Build(analyzer, "县城供暖"));

        foreach (var clause in query.Clauses)
        {
            var either = Assert.IsType<BooleanQuery>(clause.Query);
            var title = either.Clauses.Select(c => Assert.IsType<TermQuery>(c.Query)).Single(t => t.Term.Field == ArticleDocument.Title);
            var body = either.Clauses.Select(c => Assert.IsType<TermQuery>(c.Query)).Single(t => t.Term.Field == ArticleDocument.Body);
            Assert.Equal(title.Term.Text, body.Term.Text);
            Assert.True(title.Boost > body.Boost);
        }
    }

    [Fact]
    public void Words_AreCapped_SoALongQueryStaysCheap()
    {
        var text = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"word{i}"));

        Assert.Equal(SearchQuery.MaxWords, SearchQuery.Words(analyzer, text).Count);
    }

    [Fact]
    public void Encoder_EscapesMarkup_AndKeepsChineseReadable()
    {
        Assert.Equal("县城&lt;script&gt; &amp; &quot;供暖&quot;", new EscapingEncoder().EncodeText("县城<script> & \"供暖\""));
    }

    public void Dispose() => analyzer.Dispose();
}
