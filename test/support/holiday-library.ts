// The tests call the core directly, as the front ends do after src/node provides the holiday library.
import '../../src/node/holiday-library.js';
import '../../src/node/xml-library.js';
