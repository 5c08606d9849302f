namespace Media.Screening.Tests.Unit;

/// <summary>Reads the texts embedded from Assets/.</summary>
internal static class TestTexts
{
    public const string CountySpeech = "Assets/county-speech-2022.txt";

    public static string Read(string name)
    {
        using var stream = typeof(TestTexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Test text {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> CleanCorpus() =>
        typeof(TestTexts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Assets/CleanCorpus/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
