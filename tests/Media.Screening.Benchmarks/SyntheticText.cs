using System.Text;

namespace Media.Screening.Benchmarks;

/// <summary>Deterministic Chinese-like text: common ideographs, punctuation every few characters, and some listed words.</summary>
internal static class SyntheticText
{
    private const int CommonIdeographs = 2_500;
    private static readonly string Punctuation = "，。、；：“”《》（）";

    public static LexiconEntry[] Words(Random random, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new LexiconEntry(Ideographs(random, random.Next(2, 5)), $"类别{i % 12}", i % 5 == 0 ? ScreeningSeverity.Block : ScreeningSeverity.Warn))
            .ToArray();

    public static string Article(Random random, int length, LexiconEntry[] words)
    {
        var article = new StringBuilder(length + 16);
        while (article.Length < length)
        {
            article.Append(random.Next(200) == 0 ? words[random.Next(words.Length)].Word : Ideographs(random, random.Next(4, 18)));
            article.Append(Punctuation[random.Next(Punctuation.Length)]);
        }

        return article.ToString(0, length);
    }

    private static string Ideographs(Random random, int length)
    {
        var text = new char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = (char)(0x4E00 + random.Next(CommonIdeographs));
        }

        return new string(text);
    }
}
