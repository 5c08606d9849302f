using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Media.Web.Hosting;

/// <summary>Declares the bearer scheme in the OpenAPI document so the reference page can send a token.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Media API";
        document.Info.Description = "The HTTP contract of Media, the county convergence-media CMS. Sign in with POST /api/auth/login and send 'Authorization: Bearer <token>'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Token from POST /api/auth/login",
        };
        return Task.CompletedTask;
    }
}
