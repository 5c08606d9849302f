using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Support;

/// <summary>An endpoint of the running app as the matrix names it — <c>"POST /api/articles/{id:guid}/publish"</c> —
/// with a URL that fills its route values with harmless ones: ids of nothing, slugs of nothing.</summary>
public sealed record MatrixEndpoint(string Method, string Pattern, string Url)
{
    /// <summary>The methods tested where an endpoint accepts any (Razor pages, the jobs dashboard, health checks).</summary>
    private static readonly string[] AnyMethod = ["GET", "POST"];

    public string Key => $"{Method} {Pattern}";

    /// <summary>Every route endpoint but the static assets (see <see cref="StaticAssets"/>), once per method.</summary>
    public static IReadOnlyList<MatrixEndpoint> All(IServiceProvider services) =>
        Routes(services)
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e => Methods(e).Select(m => new MatrixEndpoint(m, Normalize(e.RoutePattern.RawText), Fill(e.RoutePattern))))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The static assets: one endpoint per file, all public.</summary>
    public static IReadOnlyList<RouteEndpoint> StaticAssets(IServiceProvider services) =>
        Routes(services).Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null).ToList();

    private static IEnumerable<RouteEndpoint> Routes(IServiceProvider services) =>
        services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Where(m => m is not ("HEAD" or "OPTIONS")) ?? AnyMethod;

    private static string Normalize(string? pattern) => "/" + (pattern ?? "").TrimStart('/');

    private static string Fill(RoutePattern pattern)
    {
        var url = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Value(parameter),
                    _ => "",
                });
            }
        }
        return url.Length == 0 ? "/" : url.ToString();
    }

    /// <summary>A value nothing exists under, that still matches the parameter's constraints.</summary>
    private static string Value(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("guid") || (parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) && constraints.Count == 0))
            return "6f1d3c55-0000-4000-8000-00000000a17c";
        if (constraints.Any(c => c is "int" or "long" || c.StartsWith("min", StringComparison.Ordinal) || c.StartsWith("range", StringComparison.Ordinal)))
            return "987654";
        if (parameter.IsCatchAll)
        {
            // The jobs dashboard's own home page, the static-file route's kind of path, the site's unknown-page route.
            if (constraints.Contains("file")) return "matrix-nothing.txt";
            return constraints.Any(c => c.StartsWith("regex", StringComparison.Ordinal)) ? "matrix-nothing" : "";
        }
        return parameter.Name switch
        {
            "sha256" => new string('0', 64),
            "file" => "original.jpg",
            _ => "matrix-nothing",
        };
    }

    public static bool AllowsAnonymous(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
