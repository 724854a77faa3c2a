// The peer in the load test: what a council developer would write with the Bot Framework JavaScript SDK.
// A plain echo bot on CloudAdapter and express, anonymous (no app id), as in the BotBuilder-Samples echo bot.
const express = require('express');
const {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
} = require('botbuilder');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}

// No MicrosoftAppId: the SDK treats the bot as anonymous, like CroydonBot's local development mode.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`onTurnError: ${error}`);
  await context.sendActivity('The bot encountered an error.');
};

const bot = new EchoBot();
const app = express();
app.use(express.json({ limit: '256kb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.get('/healthz', (req, res) => res.json({ status: 'ok' }));

const port = Number(process.env.PORT || 3979);
app.listen(port, '127.0.0.1', () => console.log(`peer echo bot listening on http://127.0.0.1:${port}`));
