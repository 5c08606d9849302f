namespace Media.Abstractions.Content;

/// <summary>Markdown → HTML through Markdig, then an allow-list sanitizer: the only HTML Media ever serves from a body.</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string markdown);
}
