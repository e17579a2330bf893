using FinalAccounts.Infrastructure;
using FinalAccounts.Web.Api;
using FinalAccounts.Web.Downloads;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Web.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();

builder.AddFinalAccountsLogging();
builder.Services.AddFinalAccountsInfrastructure(builder.Configuration);
builder.Services.AddFinalAccountsWeb();

var app = builder.Build();

if (args.Contains("--print-model-schema"))
{
    Console.Write(app.Services.ModelCreateScript());
    return 0;
}

if (args.FirstOrDefault() == StaffCommands.CreateAdmin)
{
    return await StaffCommands.RunAsync(app.Services, args);
}

await app.Services.PrepareDatabaseAsync();
if (args.FirstOrDefault() == WebSetup.PrepareDatabaseCommand)
{
    return 0;
}

app.UseFinalAccountsPipeline();
app.MapHealthChecks("/health");
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapLanguageSwitch();
app.MapDisclosureApi();
app.MapPdfDownloads();
app.MapTableDownloads();

await app.RunAsync();
return 0;

public partial class Program;
