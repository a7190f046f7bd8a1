'use strict';
// SPFx loc files are AMD modules (define([], factory)); evaluate one the way the
// SPFx loader would and export its strings, so tests see the real wording.
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, '../../src/webparts/imagingDutyMapping/loc/en-us.js');
let strings;
new Function('define', fs.readFileSync(file, 'utf8'))((_deps, factory) => {
  strings = factory();
});
module.exports = strings;
