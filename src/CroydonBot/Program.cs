using CroydonBot;
using CroydonBot.Cli;

// "ask" and "eval" answer from the command line with the same bot; anything else serves it over HTTP.
if (CliCommand.IsCli(args))
{
    return await CliCommand.RunAsync(args);
}

var app = CroydonBotApp.Build(args);
await app.InitialiseAsync();
await app.RunAsync();
return 0;
