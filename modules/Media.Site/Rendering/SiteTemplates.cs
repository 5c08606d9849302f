using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Media.Site.Views;
using Media.Themes.County;

namespace Media.Site.Rendering;

/// <summary>
/// The theme's Liquid templates, parsed once. Rendering HTML-encodes every output (Chinese left readable, markup
/// characters encoded); a template may opt out only with <c>| raw</c>, which the theme uses for the sanitized
/// article body and for the layout's already-rendered page.
/// </summary>
internal sealed class SiteTemplates
{
    private const string Layout = "layout";

    private readonly HtmlEncoder encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly TemplateOptions options = CreateOptions();
    private readonly FrozenDictionary<string, IFluidTemplate> templates;

    public SiteTemplates(CountyTheme theme)
    {
        var parser = new FluidParser();
        templates = CountyTheme.TemplateNames.ToFrozenDictionary(name => name, name =>
            parser.TryParse(theme.ReadTemplate(name), out var template, out var error)
                ? template
                : throw new InvalidOperationException($"The county theme's template {name} does not parse: {error}"));
    }

    /// <summary>Renders a page template with <c>site</c>, <c>meta</c> and <c>page</c>, then the layout around it.</summary>
    public async Task<string> RenderAsync(string template, SiteChrome site, PageMeta meta, object page)
    {
        var context = new TemplateContext(options);
        context.SetValue("site", site);
        context.SetValue("meta", meta);
        context.SetValue("page", page);
        var content = await Template(template).RenderAsync(context, encoder);
        context.SetValue("content", content);
        return await Template(Layout).RenderAsync(context, encoder);
    }

    private IFluidTemplate Template(string name) =>
        templates.TryGetValue(name, out var template) ? template : throw new ArgumentException($"No template {name}.", nameof(name));

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<SiteChrome>();
        options.MemberAccessStrategy.Register<ColumnLink>();
        options.MemberAccessStrategy.Register<PageMeta>();
        options.MemberAccessStrategy.Register<ArticleCard>();
        options.MemberAccessStrategy.Register<ArticlePage>();
        options.MemberAccessStrategy.Register<ListPage>();
        options.MemberAccessStrategy.Register<Pager>();
        options.MemberAccessStrategy.Register<GonePage>();
        options.MemberAccessStrategy.Register<CorrectionNote>();
        options.MemberAccessStrategy.Register<CorrectionEntry>();
        options.MemberAccessStrategy.Register<CorrectionsPage>();
        options.MemberAccessStrategy.Register<FeedLink>();
        options.MemberAccessStrategy.Register<SearchPage>();
        options.MemberAccessStrategy.Register<SearchResult>();
        options.MemberAccessStrategy.Register<PictureView>();
        options.MemberAccessStrategy.Register<RelatedLink>();
        return options;
    }
}
