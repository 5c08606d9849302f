using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Media.Site.Tests.Syndication;

/// <summary>Validates a sitemap against the official sitemaps.org 0.9 schema shipped beside this file
/// (<c>sitemap.xsd</c>, with its source in a comment). Fails with every validation error.</summary>
public static class SitemapSchema
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlSchemaSet Schemas = Load();

    public static XDocument Validate(byte[] body)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using (var reader = XmlReader.Create(new MemoryStream(body), settings))
        {
            while (reader.Read()) { }
        }
        Assert.True(errors.Count == 0, "The sitemap is not valid against sitemap.xsd:\n" + string.Join("\n", errors));
        return XDocument.Load(new MemoryStream(body));
    }

    private static XmlSchemaSet Load()
    {
        using var stream = typeof(SitemapSchema).Assembly.GetManifestResourceStream("sitemap.xsd")
            ?? throw new InvalidOperationException("sitemap.xsd is not embedded in the test assembly.");
        var set = new XmlSchemaSet();
        set.Add(Namespace, XmlReader.Create(stream));
        set.Compile();
        return set;
    }
}
