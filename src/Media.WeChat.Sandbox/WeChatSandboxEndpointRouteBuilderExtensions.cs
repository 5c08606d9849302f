using Media.WeChat.Sandbox.Endpoints;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox;

public static class WeChatSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps WeChat's /cgi-bin API, the image URLs it mints, the /sandbox control API and the / page.
    /// Mount it under a group (<c>app.MapGroup("/wechat-sandbox").MapWeChatSandbox()</c>) to share a host.
    /// </summary>
    public static IEndpointRouteBuilder MapWeChatSandbox(this IEndpointRouteBuilder endpoints)
    {
        var cgi = endpoints.MapGroup("/cgi-bin");
        cgi.MapTokenEndpoints();
        cgi.MapMediaEndpoints();
        cgi.MapMaterialEndpoints();
        cgi.MapDraftEndpoints();
        cgi.MapFreePublishEndpoints();
        cgi.MapMassSendEndpoints();
        endpoints.MapImageServing();
        endpoints.MapSandboxControl();
        endpoints.MapSandboxHomePage();
        return endpoints;
    }
}
