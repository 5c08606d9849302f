using System.Text.RegularExpressions;
using Media.Abstractions.Problems;
using Media.Articles.Data;

namespace Media.Articles.Columns;

public sealed partial record ColumnInput(string? Name, string? Slug, Guid? ParentId, Guid? WorkflowId)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public FieldErrors Check()
    {
        var errors = new FieldErrors()
            .Required("name", Name, ArticleLimits.ColumnName)
            .Required("slug", Slug, ArticleLimits.Slug);
        if (!string.IsNullOrWhiteSpace(Slug) && !SlugPattern().IsMatch(Slug.Trim()))
            errors.Add("slug", "Use lowercase letters, digits and single hyphens, e.g. 'county-news'.");
        return errors;
    }
}
