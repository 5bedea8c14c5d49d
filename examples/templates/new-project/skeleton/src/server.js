const http = require('node:http');
const { handle } = require('./handler');

const port = Number(process.env.PORT ?? 8080);

http.createServer(handle).listen(port, () => {
  console.log('${{ values.name }} listening on port ' + port);
});
