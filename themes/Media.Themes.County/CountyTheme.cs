using System.Reflection;

namespace Media.Themes.County;

/// <summary>The county's public theme: Liquid templates and one stylesheet, read from this assembly's resources.</summary>
public sealed class CountyTheme
{
    public const string StylesheetName = "county.css";

    /// <summary>The page templates the site renders; <c>layout</c> wraps every other one.</summary>
    public static IReadOnlyList<string> TemplateNames { get; } = ["layout", "home", "column", "article", "corrections", "gone", "not-found", "search"];

    private readonly Assembly assembly = typeof(CountyTheme).Assembly;

    /// <summary>The Liquid source of a template, e.g. <c>article</c>.</summary>
    public string ReadTemplate(string name)
    {
        using var stream = Open($"County.Templates.{name}.liquid");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public byte[] ReadStylesheet()
    {
        using var stream = Open($"County.Assets.{StylesheetName}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private Stream Open(string resource) =>
        assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The county theme has no resource {resource}.");
}
