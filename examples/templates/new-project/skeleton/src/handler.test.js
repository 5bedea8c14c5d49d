const assert = require('node:assert/strict');
const { test } = require('node:test');
const { handle } = require('./handler');

function call(url) {
  return new Promise(resolve => {
    const res = {
      writeHead(status) {
        this.status = status;
      },
      end(body) {
        resolve({ status: this.status, body });
      },
    };
    handle({ url }, res);
  });
}

test('answers the health probe', async () => {
  assert.deepEqual(await call('/healthz'), { status: 200, body: 'ok' });
});

test('names the application', async () => {
  const { body } = await call('/');
  assert.equal(JSON.parse(body).application, '${{ values.name }}');
});
