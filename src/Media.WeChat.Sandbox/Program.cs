using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Media.WeChat.Sandbox;

/// <summary>
/// `dotnet run --project src/Media.WeChat.Sandbox -- --urls http://127.0.0.1:5099`. Settings come from the
/// "WeChatSandbox" section (command line, environment WeChatSandbox__…); without accounts a demo account is added.
/// An explicit internal Program keeps it from clashing with the Program of projects that reference this one.
/// </summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5099");
        }

        var options = builder.Configuration.GetSection(WeChatSandboxOptions.SectionName).Get<WeChatSandboxOptions>()
            ?? new WeChatSandboxOptions();
        builder.Services.AddWeChatSandbox(options.WithDemoAccountIfEmpty());

        var app = builder.Build();
        app.MapWeChatSandbox();
        await app.RunAsync();
    }
}
