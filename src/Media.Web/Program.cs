using Media.Articles;
using Media.AuditTrail;
using Media.Channels.App;
using Media.Channels.WeChat;
using Media.Channels.WeChat.Pushes;
using Media.Data;
using Media.Demo;
using Media.Distribution;
using Media.MediaLibrary;
using Media.Review;
using Media.Screening;
using Media.Site;
using Media.Users;
using Media.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var seedDemo = builder.SeedsDemo();

builder.AddMediaHost();
builder.AddMediaData();
builder.AddAuditTrail();
builder.AddUsers(seedDemo);
builder.AddArticles(seedDemo);
builder.AddScreening();
builder.AddReview();
builder.AddMediaLibrary();
builder.AddDistribution();
builder.AddSite();
builder.AddAppChannel();
builder.AddWeChatChannel();
builder.AddWeChatPushes();
builder.AddDemo(seedDemo);

var app = builder.Build();
app.UseMediaHost();
app.MapUsers();
app.MapArticles();
app.MapScreening();
app.MapReview();
app.MapMediaLibrary();
app.MapDistribution();
app.MapAppChannel();
app.MapWeChatChannel();
app.MapWeChatPushes();
app.MapAuditTrail();
app.MapSite();

await app.RunStartupTasksAsync();
await app.RunAsync();

public partial class Program;
