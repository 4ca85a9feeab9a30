/** The hardware group's kinds. */
export { PCIDriverRebindConfig } from './pci-driver-rebind-config.js';
